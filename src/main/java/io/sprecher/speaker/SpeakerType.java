package io.sprecher.speaker;

/** What kind of speaker a statement has. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  GROUP,
  UNKNOWN
}
