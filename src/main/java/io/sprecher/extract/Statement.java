package io.sprecher.extract;

import io.sprecher.quote.QuoteType;
import io.sprecher.speaker.SpeakerType;
import io.sprecher.time.DateSource;
import io.sprecher.time.PartialDate;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A row of the statements table: who said what, when, where in which article. Offsets refer to the
 * article's body text ({@code articles.text}).
 *
 * @param id stable id: a hash of the article id and the quotation's offsets
 * @param articleId the article
 * @param speaker canonical speaker name, or null when unresolved
 * @param speakerType kind of speaker
 * @param speakerMention the words naming the speaker in the text, or null
 * @param speakerRole the speaker's role as the text gives it, or null
 * @param cue the words of the frame as written ("stellte klar", "zufolge"), null for continuations
 * @param cueSpans where the cue's words stand (a separable verb has two), empty for continuations
 * @param speakerSpan where the speaker's phrase stands (for a continuation: in the statement it
 *     continues), or null
 * @param via who relays the speaker's words, the source named in the frame ("Die Frankfurter
 *     Rundschau zitiert einen Augenzeugen": Frankfurter Rundschau), or null
 * @param viaSpan where the phrase naming {@code via} stands, or null
 * @param medium Speech, Writing, Thought, or the combined SW, ST, TW (from the cue)
 * @param quotedParts the words in quotation marks inside reported speech (MIXED statements), not
 *     counting quoted names such as «Washington Post»; empty for DIRECT statements
 * @param type the kind of statement
 * @param text the statement's words, exactly as in the article body
 * @param begin offset of the first character in the body
 * @param end offset after the last character
 * @param sentenceIndex the sentence of the frame (or of the content's start)
 * @param date when the statement was made, to its precision
 * @param dateSource where the date comes from (the frame's words, the speaker's previous statement,
 *     the publication date)
 * @param dateText the words that dated it ("am Mittwoch"), or null
 * @param published the article's publication date
 * @param sourceFile the input file
 */
public record Statement(
    String id,
    String articleId,
    String speaker,
    SpeakerType speakerType,
    String speakerMention,
    String speakerRole,
    String cue,
    List<Span> cueSpans,
    Span speakerSpan,
    String via,
    Span viaSpan,
    String medium,
    List<Span> quotedParts,
    QuoteType type,
    String text,
    int begin,
    int end,
    int sentenceIndex,
    PartialDate date,
    DateSource dateSource,
    String dateText,
    PartialDate published,
    String sourceFile)
    implements Serializable {

  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(speakerType, "speakerType");
    Objects.requireNonNull(type, "type");
    cueSpans = List.copyOf(cueSpans);
    quotedParts = List.copyOf(quotedParts);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(published, "published");
    if (begin < 0 || end <= begin || end - begin != text.length()) {
      throw new IllegalArgumentException(
          "offsets " + begin + "-" + end + " do not fit the text of statement " + id);
    }
  }
}
