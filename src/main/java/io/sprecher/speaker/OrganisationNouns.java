package io.sprecher.speaker;

import io.sprecher.lexicon.WordEndings;

/** Nouns that name organisations ("Verteidigungsministerium", "Pentagon"), from a lexicon. */
public final class OrganisationNouns {

  private final WordEndings endings =
      new WordEndings(OrganisationNouns.class, "organisation-nouns.txt");

  /** True when {@code word} is, or ends with, an organisation noun. */
  public boolean isOrganisation(String word) {
    return endings.matches(word);
  }
}
