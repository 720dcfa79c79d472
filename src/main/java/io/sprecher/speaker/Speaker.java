package io.sprecher.speaker;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who made a statement.
 *
 * @param name canonical name ("John Kerry", "Pentagon"), or null when it could not be resolved
 * @param type the kind of speaker
 * @param mention the words in the text that name the speaker ("der Chefdiplomat", "er"), or null
 * @param role the speaker's role as the text gives it ("Pressesprecher des Weißen Hauses"), or null
 */
public record Speaker(String name, SpeakerType type, String mention, String role)
    implements Serializable {

  public static final Speaker NONE = new Speaker(null, SpeakerType.UNKNOWN, null, null);

  public Speaker {
    Objects.requireNonNull(type, "type");
    if (name == null && type != SpeakerType.UNKNOWN) {
      throw new IllegalArgumentException("a speaker without a name has type UNKNOWN, not " + type);
    }
  }

  public boolean isPerson() {
    return type == SpeakerType.PERSON;
  }

  public Speaker withName(String canonical) {
    return new Speaker(canonical, type, mention, role);
  }

  public Speaker withMention(String words) {
    return new Speaker(name, type, words, role);
  }
}
