package io.sprecher.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Canonical person names within one article: a short form ("Kerry") becomes the fullest form the
 * article gives of the same person ("John Kerry"), matched on the last word.
 */
public final class PersonNames {

  private static final Pattern EAST_ASIAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

  private final List<NameSpan> persons;

  public PersonNames(List<NameSpan> names) {
    List<NameSpan> all = names.stream().filter(n -> n.type().equals("PERSON")).toList();
    Set<String> texts = all.stream().map(NameSpan::text).collect(Collectors.toSet());
    // "Ai Weiweis Werk": a genitive the article also gives without its s is not a name of its own
    this.persons =
        all.stream()
            .filter(
                n ->
                    !(n.text().endsWith("s")
                        && texts.contains(n.text().substring(0, n.text().length() - 1))))
            .toList();
  }

  /** The last name without a lowercase particle: "al-Assad" and "Assad" are both "assad". */
  private static String surname(String word) {
    return word.replaceFirst("^\\p{Ll}+-", "").toLowerCase(Locale.GERMAN);
  }

  /**
   * The fullest name in the article that ends with the same word as {@code name}; for a single word
   * that ends no longer name, the fullest East Asian name that starts with it ("Ban" is "Ban
   * Ki-moon", "Ai" is "Ai Weiwei").
   */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.split("\\s+");
    String last = surname(words[words.length - 1]);
    String best = name;
    for (NameSpan p : persons) {
      if (surname(p.lastWord()).equals(last) && longer(p, best)) {
        best = p.text();
      }
    }
    if (words.length == 1 && best.equals(name)) {
      // only one such name: with "Kim Jong-un" and "Kim Yo-jong" in the article, "Kim" stays
      List<String> candidates =
          persons.stream()
              .filter(p -> p.text().startsWith(name + " "))
              .filter(p -> familyNameFirst(name, p.text().substring(name.length() + 1)))
              .filter(p -> longer(p, name))
              .map(NameSpan::text)
              .distinct()
              .toList();
      if (candidates.size() == 1) {
        best = candidates.get(0);
      }
    }
    return best;
  }

  /**
   * True when {@code family} before {@code given} reads as an East Asian name, family name first: a
   * family name of up to three letters ("Ai Weiwei", "Xi Jinping") or a hyphenated given name ("Ban
   * Ki-moon", "Kim Jong-un"). Not "Kerry Washington": Kerry is her first name.
   */
  private static boolean familyNameFirst(String family, String given) {
    return family.length() <= 3 || EAST_ASIAN_GIVEN_NAME.matcher(given).matches();
  }

  private static boolean longer(NameSpan p, String than) {
    return p.text().length() > than.length() && p.text().split("\\s+").length <= 4;
  }
}
