package io.sprecher.quote;

import io.sprecher.nlp.Sentence;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where a noun phrase ends: the determiners that continue one and those that open the next. */
public final class NounPhrases {

  /**
   * Determiners that may open a genitive ("nach Angaben des Ministers", "seines Anwalts", "deren
   * Sprecher", "einiger Juristen"): a phrase goes on over them.
   */
  private static final Pattern GENITIVE_DETERMINER =
      Pattern.compile(
          "des|der|eines|einer|(mein|dein|sein|ihr|unser|euer|eur)(es|er)|dessen|deren"
              + "|(einig|mehrer|viel|all|beid|etlich|manch|jen|dies|welch)er|dieses|jenes"
              + "|zweier|dreier");

  private NounPhrases() {}

  /** True for a determiner that may open a genitive attribute ("des", "seiner", "einiger"). */
  public static boolean isGenitiveDeterminer(String word) {
    return GENITIVE_DETERMINER.matcher(word.toLowerCase(Locale.GERMAN)).matches();
  }

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
        && !isGenitiveDeterminer(s.token(i).word());
  }
}
