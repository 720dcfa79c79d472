package io.sprecher.speaker;

import io.sprecher.lexicon.Adjectives;
import io.sprecher.lexicon.NounGenders;
import io.sprecher.lexicon.NounGenders.Gender;
import io.sprecher.lexicon.WordEndings;
import java.util.List;
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
  private final NounGenders genders = new NounGenders();
  private final Adjectives adjectives = new Adjectives();

  /**
   * True when {@code word} is an organisation noun by itself ("Ministerium", "Konzern"): a word
   * that stands for an organisation named elsewhere, unlike "Innenministerium".
   */
  public boolean isGeneric(String word) {
    return endings.contains(word);
  }

  /**
   * The name in the nominative. Its adjectives before the noun that heads it take the ending they
   * have without an article ("Auswärtigen Amt" gives "Auswärtiges Amt", "Europäischen Union"
   * "Europäische Union", "Bayerischen Rundfunks" "Bayerischer Rundfunk"), where the noun's gender
   * is known. A name taken from a genitive ({@code genitive}: "des Bundeskriminalamts") also loses
   * the genitive ending of its organisation noun, or of the noun whose gender that reveals
   * ("Rundfunks"). Attributes keep their own case ("Untersuchungsausschuss des Bundestags"); other
   * words stay as they are.
   */
  public String nominative(String name, boolean genitive) {
    if (name == null) {
      return null;
    }
    String[] words = name.split(" ", -1);
    int end = 0;
    while (end < words.length && !ATTRIBUTE_OPENERS.contains(words[end])) {
      end++;
    }
    for (int i = 0; genitive && i < end; i++) {
      words[i] = endings.withoutGenitive(words[i]);
    }
    for (int head = end - 1; head >= 0; head--) {
      String noun = words[head];
      if (noun.isEmpty() || !Character.isUpperCase(noun.charAt(0))) {
        continue;
      }
      Gender gender = genders.of(noun);
      if (gender == null && genitive) {
        noun = withoutGenitiveEnding(noun);
        gender = noun == null ? null : genders.of(noun);
      }
      if (gender != null) {
        words[head] = noun;
        for (int i = 0; i < head; i++) {
          words[i] = adjectives.withEnding(words[i], gender.strongEnding());
        }
        break;
      }
    }
    return String.join(" ", words);
  }

  /** "Rundfunks" gives "Rundfunk", "Gerichtshofes" "Gerichtshof"; null without an -s. */
  private String withoutGenitiveEnding(String noun) {
    for (String ending : List.of("es", "s")) {
      if (noun.endsWith(ending)
          && genders.of(noun.substring(0, noun.length() - ending.length())) != null) {
        return noun.substring(0, noun.length() - ending.length());
      }
    }
    return null;
  }

  /**
   * True when {@code word} is, or ends with, an organisation noun, also in the genitive
   * ("Fachverbands").
   */
  public boolean isOrganisation(String word) {
    return endings.matches(word) || !endings.withoutGenitive(word).equals(word);
  }
}
