package io.sprecher.speaker;

import io.sprecher.lexicon.Adjectives;
import io.sprecher.lexicon.WordEndings;
import java.util.ArrayList;
import java.util.List;

/**
 * Plural nouns that name a group of speakers, given in the nominative: "laut befragten Bürgern"
 * names the "befragte Bürger".
 */
final class GroupNouns {

  private final WordEndings dativePlurals =
      new WordEndings(GroupNouns.class, "dative-plural-endings.txt");
  private final Adjectives adjectives = new Adjectives();

  /**
   * The nominative of a plural phrase of adjectives and a noun ("befragten", "Bürgern"), or null
   * when the noun is not in the dative plural ("Eltern", "Forscher") or an adjective before it is
   * not known as one ("anonymen").
   */
  List<String> nominative(List<String> words) {
    String noun = words.get(words.size() - 1);
    if (!dativePlurals.matches(noun)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String adjective : words.subList(0, words.size() - 1)) {
      String nominative = adjectives.withEnding(adjective, "e");
      if (nominative.equals(adjective) && !adjective.endsWith("e")) {
        return null; // "anonymen": not known as an adjective; better all as written than mixed
      }
      out.add(nominative);
    }
    out.add(noun.substring(0, noun.length() - 1));
    return out;
  }
}
