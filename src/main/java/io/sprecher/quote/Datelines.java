package io.sprecher.quote;

import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news article's body ("Wien – Die Gewerkschaft fordert …",
 * "Bujumbura/Genf – …"): the places the report comes from, then a dash, in one of the text's first
 * sentences (after a teaser the article parser could not tell from the body, which removes a
 * dateline at the start of the text itself). It belongs to neither the statement nor its speaker.
 */
public final class Datelines {

  /** The most tokens of places before the dash ("Bujumbura / Genf"). */
  private static final int MAX_PLACE_TOKENS = 5;

  /** The last sentence a dateline may open: the body starts after a teaser of a sentence or two. */
  private static final int MAX_SENTENCE_INDEX = 2;

  private static final Pattern DASH = Pattern.compile("[–—-]");

  private Datelines() {}

  /**
   * The index of the dash that ends the dateline opening {@code s}, or -1 when it has none: one or
   * more places (named locations, joined by "/" or ",") and a dash, in one of the first sentences,
   * that opens no apposition ("Russland – der größte Lieferant – drohte").
   */
  public static int dash(Sentence s) {
    if (s.index() > MAX_SENTENCE_INDEX) {
      return -1;
    }
    boolean place = false;
    for (int i = 0; i < s.size() && i <= MAX_PLACE_TOKENS; i++) {
      Token t = s.token(i);
      if (t.ner().equals("LOCATION")) {
        place = true;
      } else if (DASH.matcher(t.word()).matches()) {
        return place && i + 1 < s.size() && !closesApposition(s, i + 1) ? i : -1;
      } else if (!t.word().equals("/") && !t.word().equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Russland – der größte Gaslieferant Europas – drohte": a second dash set off by spaces closes
   * an apposition when no verb stands between the two; "Wien – Die Regierung rechnet mit Kosten –
   * davon …" is a dateline and a dash of the sentence. Not the hyphen of "GPA-djp".
   */
  private static boolean closesApposition(Sentence s, int from) {
    for (int i = from; i + 1 < s.size(); i++) {
      Token t = s.token(i);
      if (t.isVerb()) {
        return false;
      }
      boolean spaced = t.begin() > s.token(i - 1).end() && s.token(i + 1).begin() > t.end();
      if (spaced && DASH.matcher(t.word()).matches()) {
        return true;
      }
    }
    return false;
  }
}
