package io.sprecher.speaker;

import io.sprecher.lexicon.ResourceLines;
import java.util.List;
import java.util.Locale;

/** Nouns that name organisations ("Verteidigungsministerium", "Pentagon"), from a lexicon. */
public final class OrganisationNouns {

  private final List<String> endings =
      ResourceLines.read(OrganisationNouns.class, "organisation-nouns.txt").stream()
          .map(s -> s.toLowerCase(Locale.GERMAN))
          .toList();

  /** True when {@code word} is, or ends with, an organisation noun. */
  public boolean isOrganisation(String word) {
    String w = word.toLowerCase(Locale.GERMAN);
    return endings.stream().anyMatch(w::endsWith);
  }
}
