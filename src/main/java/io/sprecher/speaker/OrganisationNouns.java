package io.sprecher.speaker;

import io.sprecher.lexicon.WordEndings;

/** Nouns that name organisations ("Verteidigungsministerium", "Pentagon"), from a lexicon. */
public final class OrganisationNouns {

  private final WordEndings endings =
      new WordEndings(OrganisationNouns.class, "organisation-nouns.txt");

  /**
   * True when {@code word} is an organisation noun by itself ("Ministerium", "Konzern"): a word
   * that stands for an organisation named elsewhere, unlike "Innenministerium".
   */
  public boolean isGeneric(String word) {
    return endings.contains(word);
  }

  /** True when {@code word} is, or ends with, an organisation noun. */
  public boolean isOrganisation(String word) {
    return endings.matches(word);
  }
}
