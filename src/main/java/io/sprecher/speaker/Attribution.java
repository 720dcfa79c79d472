package io.sprecher.speaker;

/**
 * A resolved speaker with the place of the words that name it in the text.
 *
 * @param speaker the speaker
 * @param mentionBegin offset of the speaker's phrase in the frame (for a continuation: of the
 *     phrase in the statement it continues), or -1 when the text names none
 * @param mentionEnd offset after that phrase, or -1
 * @param via who relays the speaker's words ("Die Frankfurter Rundschau zitiert einen
 *     Augenzeugen"), or null
 */
public record Attribution(Speaker speaker, int mentionBegin, int mentionEnd, Attribution via) {

  /** An attribution that nobody relays. */
  public Attribution(Speaker speaker, int mentionBegin, int mentionEnd) {
    this(speaker, mentionBegin, mentionEnd, null);
  }

  public boolean hasMention() {
    return mentionBegin >= 0;
  }
}
