package io.sprecher.quote;

import io.sprecher.lexicon.Determiners;
import io.sprecher.lexicon.NounGenders;
import io.sprecher.lexicon.NounGenders.Gender;
import io.sprecher.nlp.Sentence;
import java.util.regex.Pattern;

/** Where a noun phrase ends: a determiner that cannot continue one opens the next. */
public final class NounPhrases {

  private static final NounGenders GENDERS = new NounGenders();

  /** Endings of masculine nouns whose plural may look the same: "Lehrer", "Experten", "Kunde". */
  private static final Pattern PLURAL_LIKE = Pattern.compile("(er|el|en|e)$");

  private NounPhrases() {}

  /**
   * "laut einem Jury-Mitglied | eine Geschichte", "nach den Vorstellungen der Bundesregierung | die
   * G10-Kommission": a determiner right after a noun that cannot open a genitive starts the next
   * noun phrase, whatever the parser hung it on.
   */
  public static boolean startsNew(Sentence s, int i) {
    if (i <= 0) {
      return false;
    }
    String before = s.token(i - 1).pos();
    return s.token(i).pos().equals("DET")
        && (before.equals("NOUN") || before.equals("PROPN"))
        && s.token(i).ner().equals("O") // "der Zeitung The Jakarta Post": a name goes on
        && !(Determiners.isGenitive(s.token(i).word()) && !nominativeDer(s, i));
  }

  /**
   * "nach Zeugenaussagen | der Ehemann": "der" before a masculine noun in the singular is its
   * nominative, not a genitive (that would be "des Ehemanns"). A masculine noun in -er, -el, -en or
   * -e may be a plural ("der Lehrer", "der Experten"), whose genitive "der" is.
   */
  private static boolean nominativeDer(Sentence s, int i) {
    if (!s.token(i).word().equalsIgnoreCase("der")) {
      return false;
    }
    int noun = i + 1;
    while (noun < s.size() && s.token(noun).pos().equals("ADJ")) {
      noun++;
    }
    if (noun >= s.size() || !s.token(noun).pos().equals("NOUN")) {
      return false;
    }
    String word = s.token(noun).word();
    return GENDERS.of(word) == Gender.MASCULINE && !PLURAL_LIKE.matcher(word).find();
  }
}
