package io.sprecher.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks, as German news writes them: „…“ (closed by “ or ”), »…«, «…»
 * (Swiss), “…”, and straight "…", with single ‚…‘ and ›…‹ nested inside. Only outermost spans are
 * returned. A quotation left open at the end of a paragraph ends there: news opens each paragraph
 * of a long quotation anew and closes only the last. CoreNLP's own quote annotator misses „…“ and
 * »…«, which is why Sprecher scans for itself.
 */
public final class QuotationMarkScanner {

  private static final char LOW_DOUBLE = '\u201E'; // „
  private static final char LEFT_DOUBLE = '\u201C'; // “
  private static final char RIGHT_DOUBLE = '\u201D'; // ”
  private static final char RIGHT_GUILLEMET = '\u00BB'; // »
  private static final char LEFT_GUILLEMET = '\u00AB'; // «
  private static final char STRAIGHT = '"';

  /** The outermost quotations of {@code text}, in order. */
  public List<QuoteSpan> scan(String text) {
    List<QuoteSpan> spans = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0 && i > open + 1) {
          spans.add(new QuoteSpan(open, i, open + 1, i));
        }
        open = -1;
        continue;
      }
      if (open < 0) {
        char expected = closerFor(c, text, i);
        if (expected != 0) {
          open = i;
          closer = expected;
        }
      } else if (closes(c, closer)) {
        if (i > open + 1) {
          spans.add(new QuoteSpan(open, i + 1, open + 1, i));
        }
        open = -1;
      }
    }
    if (open >= 0 && open + 1 < text.length()) {
      spans.add(new QuoteSpan(open, text.length(), open + 1, text.length()));
    }
    return spans;
  }

  /** The mark that closes a quotation opened by {@code c} at {@code i}, or 0 if c opens none. */
  private static char closerFor(char c, String text, int i) {
    return switch (c) {
      case LOW_DOUBLE -> LEFT_DOUBLE;
      case RIGHT_GUILLEMET -> LEFT_GUILLEMET;
      case LEFT_GUILLEMET -> RIGHT_GUILLEMET;
      case LEFT_DOUBLE -> RIGHT_DOUBLE;
      case STRAIGHT -> opensStraight(text, i) ? STRAIGHT : 0;
      default -> 0;
    };
  }

  private static boolean closes(char c, char closer) {
    // „ is closed by “ in German and by ” in some typesetting
    return c == closer || (closer == LEFT_DOUBLE && c == RIGHT_DOUBLE);
  }

  /** A straight quote opens when it follows a space, a line start or an opening bracket. */
  private static boolean opensStraight(String text, int i) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || "([/–—-:".indexOf(before) >= 0;
  }
}
