package io.sprecher.quote;

import io.sprecher.lexicon.Determiners;
import io.sprecher.nlp.Sentence;

/** Where a noun phrase ends: a determiner that cannot continue one opens the next. */
public final class NounPhrases {

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
        && !Determiners.isGenitive(s.token(i).word());
  }
}
