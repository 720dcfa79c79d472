package io.sprecher.speaker;

import io.sprecher.lexicon.WordEndings;
import java.util.Set;

/** Nouns that name organisations ("Verteidigungsministerium", "Pentagon"), from a lexicon. */
public final class OrganisationNouns {

  /** Words that open an attribute of a name, whose case is the attribute's own. */
  private static final Set<String> ATTRIBUTE_OPENERS =
      Set.of(
          "des", "der", "eines", "einer", "für", "von", "vom", "in", "im", "zur", "zum", "am", "an",
          "auf", "bei", "beim", "mit", "und", "gegen", "über");

  private final WordEndings endings =
      new WordEndings(OrganisationNouns.class, "organisation-nouns.txt");

  /**
   * True when {@code word} is an organisation noun by itself ("Ministerium", "Konzern"): a word
   * that stands for an organisation named elsewhere, unlike "Innenministerium".
   */
  public boolean isGeneric(String word) {
    return endings.contains(word);
  }

  /**
   * The name in the nominative where a word of it before any attribute is an organisation noun in
   * the genitive ("des Bundeskriminalamts" names the "Bundeskriminalamt"; "Untersuchungsausschuss
   * des Bundestags" stays); other words stay as they are.
   */
  public String nominative(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.split(" ", -1);
    for (int i = 0; i < words.length && !ATTRIBUTE_OPENERS.contains(words[i]); i++) {
      words[i] = endings.withoutGenitive(words[i]);
    }
    return String.join(" ", words);
  }

  /** True when {@code word} is, or ends with, an organisation noun. */
  public boolean isOrganisation(String word) {
    return endings.matches(word);
  }
}
