package io.sprecher.nlp;

/**
 * Keeps pathological text away from the parser: a stretch of text with no sentence end (". ", "! ",
 * "? ", ": ", "; " or a line break) longer than the cap is blanked out (replaced by spaces, so that
 * offsets do not move) before annotation. The longest such stretch in the 1,880 German articles of
 * the project's test data is 670 characters; a 20,000-token run without a full stop takes CoreNLP
 * over a minute and cannot be interrupted. Blanked text yields no sentences and no statements; the
 * articles table counts the characters.
 */
public final class ParseCap {

  /** The text to annotate and how many characters were blanked. */
  public record Capped(String text, int blankedChars) {}

  private ParseCap() {}

  public static Capped apply(String text, int maxRunChars) {
    StringBuilder out = null;
    int blanked = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !endsRun(text, i)) {
        continue;
      }
      if (i - start > maxRunChars) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int k = start; k < i; k++) {
          if (out.charAt(k) != '\n') {
            out.setCharAt(k, ' ');
          }
        }
        blanked += i - start;
      }
      start = i + 1;
    }
    return new Capped(out == null ? text : out.toString(), blanked);
  }

  private static boolean endsRun(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if (!Character.isWhitespace(c) || i == 0) {
      return false;
    }
    char before = text.charAt(i - 1);
    return before == '.'
        || before == '!'
        || before == '?'
        || before == ':'
        || before == ';'
        || before == '\u2026';
  }
}
