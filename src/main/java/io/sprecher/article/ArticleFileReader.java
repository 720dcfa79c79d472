package io.sprecher.article;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of one input file into articles: plain text ({@code .txt}, one article a file) or
 * news-please JSON ({@code .json}, {@code .jsonl}: one article a line). Anything that cannot be
 * read becomes a {@link Reject}, never an exception, so one bad file never fails a run: binary
 * content, a file or article over the {@link InputLimits}, text that is not German. Text that is
 * not UTF-8 is decoded as Windows-1252 ({@link TextDecoding}) and the article records it.
 */
public final class ArticleFileReader implements Serializable {

  private final PlainTextArticleParser text = new PlainTextArticleParser();
  private final NewsPleaseJsonParser json = new NewsPleaseJsonParser(text);
  private final LanguageCheck language = new LanguageCheck();
  private final InputLimits limits;

  public ArticleFileReader(InputLimits limits) {
    this.limits = limits;
  }

  public ArticleFileReader() {
    this(InputLimits.DEFAULTS);
  }

  /** The articles and rejects of the file at {@code path} with content {@code bytes}. */
  public List<ParsedInput> read(String path, byte[] bytes) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (bytes.length > maxBytes(path)) {
      return List.of(tooLargeFile(path, bytes.length));
    }
    if (bytes.length == 0) {
      return List.of(reject(path, RejectReason.EMPTY, "the file is empty", 0));
    }
    Optional<String> binary = TextDecoding.binaryKind(bytes);
    if (binary.isPresent()) {
      return List.of(
          reject(path, RejectReason.BINARY, "the file is " + binary.get(), bytes.length));
    }
    boolean isText = lower.endsWith(".txt");
    boolean isJson = lower.endsWith(".json") || lower.endsWith(".jsonl");
    if (!isText && !isJson) {
      return List.of(
          reject(
              path,
              RejectReason.UNSUPPORTED_FORMAT,
              "expected .txt, .json or .jsonl",
              bytes.length));
    }
    DecodedText decoded = TextDecoding.decode(bytes);
    String content = decoded.text();
    List<ParsedInput> out;
    if (isText) {
      out = List.of(parse(path, content, bytes.length));
    } else if (isOneRecordPerLine(content)) {
      out = readJsonLines(path, content);
    } else {
      out = List.of(parseJson(path, content.strip(), bytes.length));
    }
    return out.stream().map(p -> checked(p, decoded.encoding())).toList();
  }

  /**
   * The most bytes a file at {@code path} may have to be read: four bytes a character of the
   * article limit for a text file (one article), {@link InputLimits#maxFileBytes()} otherwise.
   */
  public long maxBytes(String path) {
    long oneArticle = limits.maxArticleChars() * 4L;
    return path.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? Math.min(oneArticle, limits.maxFileBytes())
        : limits.maxFileBytes();
  }

  /** The reject of a file over {@link #maxBytes}, without reading it. */
  public ParsedInput tooLargeFile(String path, long size) {
    return reject(
        path,
        RejectReason.TOO_LARGE,
        "the file has " + size + " bytes, over the limit of " + maxBytes(path),
        size);
  }

  /** Rejects an article that is too long or not German; records the encoding of the rest. */
  private ParsedInput checked(ParsedInput p, String encoding) {
    if (p.article() == null) {
      return p;
    }
    Article a = p.article();
    long size = a.text().length();
    if (a.text().length() > limits.maxArticleChars()) {
      return reject(
          a.sourceFile(),
          RejectReason.TOO_LARGE,
          "the article has "
              + a.text().length()
              + " characters, over the limit of "
              + limits.maxArticleChars(),
          size);
    }
    Optional<String> foreign = language.notGerman(a.text());
    if (foreign.isPresent()) {
      return reject(a.sourceFile(), RejectReason.NOT_GERMAN, foreign.get(), size);
    }
    return ParsedInput.of(a.withSourceEncoding(encoding));
  }

  private ParsedInput parse(String path, String content, long size) {
    if (content.length() > limits.maxArticleChars() * 2L) {
      return reject(
          path,
          RejectReason.TOO_LARGE,
          "the file has " + content.length() + " characters, over twice the article limit",
          size);
    }
    try {
      return ParsedInput.of(text.parse(path, content));
    } catch (ArticleFormatException e) {
      return reject(path, e.reason(), e.detail(), size);
    }
  }

  /** JSON Lines, unless the file is one pretty-printed object (news-please's own file format). */
  private static boolean isOneRecordPerLine(String content) {
    String first = content.strip().lines().findFirst().orElse("").strip();
    return first.endsWith("}");
  }

  private ParsedInput parseJson(String source, String record, long size) {
    try {
      return ParsedInput.of(json.parse(source, record));
    } catch (ArticleFormatException e) {
      return reject(source, e.reason(), e.detail(), size);
    }
  }

  private List<ParsedInput> readJsonLines(String path, String content) {
    List<ParsedInput> out = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > limits.maxArticleChars() * 2L) {
        out.add(
            reject(
                path + ":" + (i + 1),
                RejectReason.TOO_LARGE,
                "the record has " + line.length() + " characters, over twice the article limit",
                line.length()));
        continue;
      }
      out.add(parseJson(path + ":" + (i + 1), line, line.length()));
    }
    if (out.isEmpty()) {
      out.add(reject(path, RejectReason.EMPTY, "no JSON records", content.length()));
    }
    return out;
  }

  private static ParsedInput reject(String path, RejectReason reason, String detail, long size) {
    return ParsedInput.rejected(new Reject(path, reason, detail, size));
  }
}
