package io.sprecher.speaker;

import java.util.List;
import java.util.Locale;

/**
 * Canonical person names within one article: a short form ("Kerry") becomes the fullest form the
 * article gives of the same person ("John Kerry"), matched on the last word.
 */
public final class PersonNames {

  private final List<NameSpan> persons;

  public PersonNames(List<NameSpan> names) {
    this.persons = names.stream().filter(n -> n.type().equals("PERSON")).toList();
  }

  /** The last name without a lowercase particle: "al-Assad" and "Assad" are both "assad". */
  private static String surname(String word) {
    return word.replaceFirst("^\\p{Ll}+-", "").toLowerCase(Locale.GERMAN);
  }

  /** The fullest name in the article that ends with the same word as {@code name}. */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.split("\\s+");
    String last = surname(words[words.length - 1]);
    String best = name;
    for (NameSpan p : persons) {
      if (surname(p.lastWord()).equals(last)
          && p.text().length() > best.length()
          && p.text().split("\\s+").length <= 4) {
        best = p.text();
      }
    }
    return best;
  }
}
