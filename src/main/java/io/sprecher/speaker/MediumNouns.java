package io.sprecher.speaker;

import io.sprecher.lexicon.WordEndings;

/**
 * Nouns that name where or how a statement was made ("Aussendung", "Interview", "Website"), from a
 * lexicon.
 */
final class MediumNouns {

  private final WordEndings endings = new WordEndings(MediumNouns.class, "medium-nouns.txt");

  /** True when {@code word} is, or ends with, a medium noun ("Presseaussendung"). */
  boolean isMedium(String word) {
    return endings.matches(word);
  }
}
