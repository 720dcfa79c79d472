package io.sprecher.eval;

import io.sprecher.time.PartialDate;
import java.util.List;

/**
 * A document of the German Wikinews quotation data: its text, publication date, tokens and gold
 * quotations.
 *
 * @param name the documentName ("11059 - Title (2005-08-20)")
 * @param fileName the file it came from (predictions are written under the same name)
 * @param text originalText, the article body
 * @param published the date in the document name
 * @param tokens the gold tokenisation, with character offsets into the text
 * @param annotations the gold quotations
 */
public record GoldDocument(
    String name,
    String fileName,
    String text,
    PartialDate published,
    List<GoldToken> tokens,
    List<Annotation> annotations) {

  /** A gold token: its id and character offsets. */
  public record GoldToken(int id, int begin, int end) {}

  /** The ids of the tokens that overlap characters {@code begin}..{@code end}. */
  public List<Integer> tokensIn(int begin, int end) {
    return tokens.stream()
        .filter(t -> t.begin() < end && t.end() > begin)
        .map(GoldToken::id)
        .toList();
  }

  /** The text of the tokens with these ids, for reports. */
  public String textOf(List<Integer> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    GoldToken first = tokens.get(ids.get(0));
    GoldToken last = tokens.get(ids.get(ids.size() - 1));
    return text.substring(first.begin(), last.end());
  }
}
