package io.sprecher.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sprecher.time.PartialDate;
import io.sprecher.time.PublicationDateParser;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses one news-please JSON record (one line of a JSON Lines file) into an {@link Article}. Uses
 * {@code title}, {@code maintext} (the body, cleaned like a plain-text body by {@link
 * PlainTextArticleParser}: boilerplate, dateline, agency credit), {@code date_publish} ({@code
 * "2015-09-17 14:03:00"} or ISO; null gives {@link PartialDate#UNKNOWN}), {@code url} and {@code
 * source_domain} (the publisher). Other fields are ignored. Immutable and thread-safe.
 */
public final class NewsPleaseJsonParser implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PlainTextArticleParser bodyParser;
  private final PublicationDateParser dates = new PublicationDateParser();
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A parser with its own {@link PlainTextArticleParser}. */
  public NewsPleaseJsonParser() {
    this(new PlainTextArticleParser());
  }

  /** A parser that cleans bodies with {@code bodyParser} (to share its lexicons). */
  public NewsPleaseJsonParser(PlainTextArticleParser bodyParser) {
    this.bodyParser = Objects.requireNonNull(bodyParser, "bodyParser");
  }

  /**
   * Parses one record.
   *
   * @param sourceFile where the record came from (with ":line"), copied into the article
   * @param jsonLine one JSON object
   * @throws ArticleFormatException with reason {@link RejectReason#BAD_JSON} when the line is not a
   *     JSON object, {@link RejectReason#NO_TEXT} when {@code maintext} is missing or blank, {@link
   *     RejectReason#EMPTY} when nothing remains of it after cleaning
   */
  public Article parse(String sourceFile, String jsonLine) {
    Objects.requireNonNull(sourceFile, "sourceFile");
    JsonNode record;
    try {
      record = jsonLine == null ? null : mapper.readTree(jsonLine);
    } catch (JsonProcessingException e) {
      throw new ArticleFormatException(
          RejectReason.BAD_JSON, sourceFile, "unparseable JSON: " + e.getOriginalMessage(), e);
    }
    if (record == null || !record.isObject()) {
      throw new ArticleFormatException(RejectReason.BAD_JSON, sourceFile, "not a JSON object");
    }
    String maintext = field(record, "maintext");
    if (maintext == null || PlainTextArticleParser.normaliseLine(maintext).isEmpty()) {
      throw new ArticleFormatException(RejectReason.NO_TEXT, sourceFile, "no maintext");
    }
    String title = blankToNull(PlainTextArticleParser.normaliseLine(field(record, "title")));
    PlainTextArticleParser.CleanBody body = bodyParser.cleanBody(maintext, title, sourceFile);
    String domain =
        blankToNull(PlainTextArticleParser.normaliseLine(field(record, "source_domain")));
    if (domain != null) {
      domain = domain.toLowerCase(Locale.ROOT);
      domain = domain.startsWith("www.") ? domain.substring(4) : domain;
    }
    return new Article(
        ArticleId.of(title, body.text()),
        sourceFile,
        title,
        domain,
        body.agency(),
        blankToNull(PlainTextArticleParser.normaliseLine(field(record, "url"))),
        body.dateline(),
        dates.parse(field(record, "date_publish")),
        body.text());
  }

  /** The field's text, or null when it is missing, JSON null or not a string. */
  private static String field(JsonNode record, String name) {
    JsonNode node = record.get(name);
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
