package io.sprecher.quote;

import java.io.Serializable;

/**
 * Text between quotation marks.
 *
 * @param begin offset of the opening mark
 * @param end offset after the closing mark (or the paragraph end when the quote is left open, as
 *     news does for a quotation that runs over paragraphs)
 * @param contentBegin offset after the opening mark
 * @param contentEnd offset of the closing mark (or the paragraph end)
 */
public record QuoteSpan(int begin, int end, int contentBegin, int contentEnd)
    implements Serializable {

  public QuoteSpan {
    if (!(begin < contentBegin && contentBegin <= contentEnd && contentEnd <= end)) {
      throw new IllegalArgumentException(
          "bad quote span " + begin + "/" + contentBegin + "/" + contentEnd + "/" + end);
    }
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }
}
