package io.sprecher.quote;

import io.sprecher.lexicon.WordEndings;

/** Nouns that name a source of information ("Angaben", "Bericht"), from source-nouns.txt. */
public final class SourceNouns {

  private final WordEndings endings = new WordEndings(SourceNouns.class, "source-nouns.txt");

  /** True when {@code word} is, or ends with, a source noun. */
  public boolean isSource(String word) {
    return endings.matches(word);
  }
}
