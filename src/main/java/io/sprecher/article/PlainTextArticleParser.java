package io.sprecher.article;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.time.PartialDate;
import io.sprecher.time.PublicationDateParser;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a plain-text news article as crawled (one paragraph a line) into an {@link Article}.
 *
 * <p>Header lines before the first paragraph give the publication date ({@code " date 2017-01 "} at
 * the start of the first line, a date line, or a {@code "welt.de, 17.09.2015"} line), the publisher
 * (a domain), the URL (a bare URL line) and the title (the first header line of at least three
 * words that does not end like a sentence); short section words ("Politik") are dropped. The body
 * is cleaned of boilerplate lines, a trailing teaser list, repeated titles, {@code (Link: ...)}
 * references, photo credits, the dateline ({@code "London (dpa) - "}) and the closing agency credit
 * ({@code "dpa/tan"}, {@code "(sda/afp)"}). Paragraphs are trimmed, white space inside a line is
 * collapsed to single spaces, and paragraphs are joined with a blank line.
 *
 * <p>Lexicons come from resources of this package: {@code boilerplate.tsv}, {@code agencies.txt},
 * {@code dateline-stopwords.txt}. The parser is immutable and thread-safe; build it once.
 */
public final class PlainTextArticleParser implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("^date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)(?:\\s+|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_LINE =
      Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
  private static final String DOMAIN_REGEX =
      "(?:www\\.)?(?:[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?\\.)+\\p{L}{2,6}";
  private static final Pattern DOMAIN =
      Pattern.compile(DOMAIN_REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DOMAIN_DATE =
      Pattern.compile(
          "(?<domain>" + DOMAIN_REGEX + ")\\s*(?:,|\\||[-–—])\\s*(?<date>.+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'“”„»«’)\\]]*$");
  private static final Pattern LINK = Pattern.compile("\\s*\\(Link:[^)]*\\)(?:\\s+(?=[.,;:!?]))?");
  private static final Pattern DOUBLE_SPACE = Pattern.compile(" {2,}");
  private static final String CAPITALISED_WORD =
      "\\p{Lu}[\\p{L}'’.\\-]*(?:/\\p{Lu}[\\p{L}'’.\\-]*)?";
  private static final String PLACE_CONNECTOR = "(?: (?:am|an der|im|in der|ob der|bei|de|upon))?";
  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 25;

  private final PublicationDateParser dates = new PublicationDateParser();
  private final Boilerplate boilerplate;
  private final AgencyCredits credits;
  private final Set<String> datelineStopwords;
  private final Pattern dateline;
  private final Pattern photoCredit;

  /** Loads the lexicons from the classpath. */
  public PlainTextArticleParser() {
    this.boilerplate = Boilerplate.load();
    this.credits = AgencyCredits.load();
    Set<String> stopwords = new HashSet<>();
    for (String word : ResourceLines.read(PlainTextArticleParser.class, "dateline-stopwords.txt")) {
      stopwords.add(word.toLowerCase(Locale.GERMAN));
    }
    this.datelineStopwords = Set.copyOf(stopwords);
    // At most three capitalised words, an optional "(agency)", a spaced dash, then no lowercase
    // word.
    this.dateline =
        Pattern.compile(
            "^(?<place>"
                + CAPITALISED_WORD
                + "(?:"
                + PLACE_CONNECTOR
                + " "
                + CAPITALISED_WORD
                + "){0,2})(?: \\((?<agency>[^()]{1,40})\\))? [-–—] (?=[^\\s\\p{Ll}])");
    // "+ Russlands Staatschef Wladimir Putin. © dpa Trump hat ...": a caption with its credit
    this.photoCredit =
        Pattern.compile("^\\+ [^©]{1,300}?© ?(?:" + credits.regex() + ")(?=\\s|$)\\s*");
  }

  /**
   * Parses one article.
   *
   * @param sourceFile where the text came from, copied into the article
   * @param raw the file's text
   * @throws ArticleFormatException with reason {@link RejectReason#EMPTY} when no body remains
   */
  public Article parse(String sourceFile, String raw) {
    Objects.requireNonNull(sourceFile, "sourceFile");
    if (raw == null) {
      throw new ArticleFormatException(RejectReason.EMPTY, sourceFile, "no text");
    }
    List<String> lines = lines(raw);
    Header header = readHeader(lines);
    CleanBody body = cleanBody(lines, header.bodyStart(), header.title(), sourceFile);
    return new Article(
        ArticleId.of(header.title(), body.text()),
        sourceFile,
        header.title(),
        header.publisher(),
        body.agency(),
        header.url(),
        body.dateline(),
        header.published(),
        body.text());
  }

  /** A cleaned body with the dateline and agency credit taken from it (both may be null). */
  record CleanBody(String text, String dateline, String agency) {}

  /**
   * Cleans an article body given without header lines (as in news-please's {@code maintext}), the
   * same way as the body of a plain-text article.
   *
   * @throws ArticleFormatException with reason {@link RejectReason#EMPTY} when no body remains
   */
  CleanBody cleanBody(String text, String title, String sourceFile) {
    return cleanBody(lines(text), 0, title, sourceFile);
  }

  /** NFC, invisible characters removed, white space collapsed to single spaces, trimmed. */
  static String normaliseLine(String s) {
    if (s == null) {
      return null;
    }
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    String visible = INVISIBLE.matcher(nfc).replaceAll("");
    return HORIZONTAL_SPACE.matcher(visible).replaceAll(" ").strip();
  }

  private static List<String> lines(String text) {
    String unified = LINE_BREAK.matcher(text).replaceAll("\n");
    List<String> lines = new ArrayList<>();
    for (String line : unified.split("\n", -1)) {
      lines.add(normaliseLine(line));
    }
    return lines;
  }

  private record Header(
      String title, String publisher, String url, PartialDate published, int bodyStart) {}

  private Header readHeader(List<String> lines) {
    PartialDate published = PartialDate.UNKNOWN;
    String title = null;
    String publisher = null;
    String url = null;
    if (!lines.isEmpty()) {
      Matcher prefix = DATE_PREFIX.matcher(lines.get(0));
      if (prefix.find()) {
        published = dates.parse(prefix.group(1));
        lines.set(0, lines.get(0).substring(prefix.end()));
      }
    }
    int i = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || boilerplate.classify(line) != null) {
        continue;
      }
      if (DOMAIN.matcher(line).matches()) {
        publisher = publisher == null ? domain(line) : publisher;
        continue;
      }
      if (URL_LINE.matcher(line).matches()) {
        url = url == null ? line : url;
        continue;
      }
      if (dates.isDateOnly(line)) {
        published = published.isKnown() ? published : dates.parse(line);
        continue;
      }
      Matcher domainDate = DOMAIN_DATE.matcher(line);
      if (domainDate.matches() && dates.isDateOnly(domainDate.group("date"))) {
        publisher = publisher == null ? domain(domainDate.group("domain")) : publisher;
        published = published.isKnown() ? published : dates.parse(domainDate.group("date"));
        continue;
      }
      if (title == null && !SENTENCE_END.matcher(line).find()) {
        int words = line.split(" ").length;
        if (words < MIN_TITLE_WORDS) {
          continue; // a section word such as "Politik"
        }
        if (words <= MAX_TITLE_WORDS) {
          title = line;
          continue;
        }
      }
      break;
    }
    return new Header(title, publisher, url, published, i);
  }

  private static String domain(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  private CleanBody cleanBody(List<String> lines, int start, String title, String sourceFile) {
    int[] offsets = new int[lines.size()];
    int total = 0;
    for (int i = 0; i < lines.size(); i++) {
      offsets[i] = total;
      total += lines.get(i).length() + 1;
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      Boilerplate.Kind kind = boilerplate.classify(line);
      if (kind == Boilerplate.Kind.TRAILER && !paragraphs.isEmpty()) {
        break;
      }
      if (kind == Boilerplate.Kind.TEASER
          && !paragraphs.isEmpty()
          && (nextKind(lines, i) == Boilerplate.Kind.TRAILER || 3L * offsets[i] > total)) {
        break;
      }
      if (kind != null || line.equals(title)) {
        continue;
      }
      String cleaned = cleanInline(line);
      if (!cleaned.isEmpty()) {
        paragraphs.add(cleaned);
      }
    }

    String place = null;
    String datelineAgency = null;
    if (!paragraphs.isEmpty()) {
      Matcher m = dateline.matcher(paragraphs.get(0));
      if (m.find() && isPlace(m.group("place"))) {
        String agency = m.group("agency");
        if (agency == null || credits.isCredit(agency)) {
          place = m.group("place");
          datelineAgency = agency;
          paragraphs.set(0, paragraphs.get(0).substring(m.end()));
        }
      }
    }

    String agency = null;
    if (!paragraphs.isEmpty()) {
      int last = paragraphs.size() - 1;
      Optional<String> creditLine = credits.creditLine(paragraphs.get(last));
      Optional<AgencyCredits.Trailing> trailing = credits.trailingCredit(paragraphs.get(last));
      if (creditLine.isPresent()) {
        agency = creditLine.get();
        paragraphs.remove(last);
      } else if (trailing.isPresent()) {
        agency = trailing.get().credit();
        paragraphs.set(last, paragraphs.get(last).substring(0, trailing.get().start()).strip());
      }
    }
    if (agency == null) {
      agency = datelineAgency;
    }
    if (paragraphs.isEmpty()) {
      throw new ArticleFormatException(
          RejectReason.EMPTY, sourceFile, "no body: only a title, header or boilerplate lines");
    }
    return new CleanBody(String.join("\n\n", paragraphs), place, agency);
  }

  private Boilerplate.Kind nextKind(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isEmpty()) {
        return boilerplate.classify(lines.get(j));
      }
    }
    return null;
  }

  private String cleanInline(String line) {
    String s = LINK.matcher(line).replaceAll("");
    Matcher caption = photoCredit.matcher(s);
    if (caption.find()) {
      s = s.substring(caption.end());
    }
    return DOUBLE_SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** No capitalised word of the place is a sentence-opening word such as "Der" or "Auch". */
  private boolean isPlace(String place) {
    for (String word : place.split("[ /]")) {
      if (!word.isEmpty()
          && Character.isUpperCase(word.charAt(0))
          && datelineStopwords.contains(word.toLowerCase(Locale.GERMAN))) {
        return false;
      }
    }
    return true;
  }
}
