package io.sprecher.quote;

import java.io.Serializable;

/**
 * A statement found in an article, before its speaker is resolved.
 *
 * @param type the kind of statement
 * @param sentence index of the sentence that holds the frame (or the first sentence of the content)
 * @param begin offset of the statement's content in the article text
 * @param end offset after the content
 * @param cue the verb of saying, or null (reporting phrase, colon frame, continuation)
 * @param cueText the cue words as written ("stellte klar", "zufolge"), or null for continuations
 * @param speakerHead token index (in {@code sentence}) of the head of the speaker's phrase, or -1
 * @param continues index of the quotation this one continues (same speaker), or -1
 * @param lastSentence index of the sentence where the content ends
 * @param viaHead token index (in {@code sentence}) of the head of the phrase naming who relays the
 *     words ("Die Frankfurter Rundschau zitiert einen Augenzeugen"), or -1
 */
public record Quotation(
    QuoteType type,
    int sentence,
    int begin,
    int end,
    Cue cue,
    String cueText,
    int speakerHead,
    int continues,
    int lastSentence,
    int viaHead)
    implements Serializable {

  /** A quotation that nobody relays. */
  public Quotation(
      QuoteType type,
      int sentence,
      int begin,
      int end,
      Cue cue,
      String cueText,
      int speakerHead,
      int continues,
      int lastSentence) {
    this(type, sentence, begin, end, cue, cueText, speakerHead, continues, lastSentence, -1);
  }

  public Quotation {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("empty quotation " + begin + "-" + end);
    }
  }

  /** The same quotation with its speaker and the relaying source named by other phrases. */
  public Quotation relayed(int speaker, int via) {
    return new Quotation(
        type, sentence, begin, end, cue, cueText, speaker, continues, lastSentence, via);
  }

  public boolean covers(int offset) {
    return offset >= begin && offset < end;
  }
}
