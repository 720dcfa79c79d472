package io.sprecher.quote;

import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news article's first sentence ("Wien – Die Gewerkschaft fordert …",
 * "Bujumbura/Genf – …"): the places the report comes from, then a dash. It belongs to neither the
 * statement nor its speaker.
 */
public final class Datelines {

  /** The most tokens of places before the dash ("Bujumbura / Genf"). */
  private static final int MAX_PLACE_TOKENS = 5;

  private static final Pattern DASH = Pattern.compile("[–—-]");

  private Datelines() {}

  /**
   * The index of the dash that ends the dateline opening {@code s}, or -1 when it has none: one or
   * more places (named locations, joined by "/" or ",") and a dash.
   */
  public static int dash(Sentence s) {
    boolean place = false;
    for (int i = 0; i < s.size() && i <= MAX_PLACE_TOKENS; i++) {
      Token t = s.token(i);
      if (t.ner().equals("LOCATION")) {
        place = true;
      } else if (DASH.matcher(t.word()).matches()) {
        return place && i + 1 < s.size() ? i : -1;
      } else if (!t.word().equals("/") && !t.word().equals(",")) {
        return -1;
      }
    }
    return -1;
  }
}
