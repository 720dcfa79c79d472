package io.sprecher.article;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of one input file into articles: plain text ({@code .txt}, one article a file) or
 * news-please JSON ({@code .json}, {@code .jsonl}: one article a line). Anything that cannot be
 * read becomes a {@link Reject}, never an exception, so one bad file never fails a run.
 */
public final class ArticleFileReader implements Serializable {

  public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
  public static final String NOT_UTF8 = "NOT_UTF8";

  private final PlainTextArticleParser text = new PlainTextArticleParser();
  private final NewsPleaseJsonParser json = new NewsPleaseJsonParser(text);

  /** The articles and rejects of the file at {@code path} with content {@code bytes}. */
  public List<ParsedInput> read(String path, byte[] bytes) {
    String lower = path.toLowerCase(Locale.ROOT);
    String content;
    try {
      content = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return List.of(reject(path, NOT_UTF8, "the file is not valid UTF-8", bytes.length));
    }
    if (lower.endsWith(".txt")) {
      return List.of(parse(path, content, bytes.length));
    }
    if (lower.endsWith(".json") || lower.endsWith(".jsonl")) {
      return isOneRecordPerLine(content)
          ? readJsonLines(path, content)
          : List.of(parseJson(path, content.strip(), bytes.length));
    }
    return List.of(
        reject(path, UNSUPPORTED_FORMAT, "expected .txt, .json or .jsonl", bytes.length));
  }

  private ParsedInput parse(String path, String content, long size) {
    try {
      return ParsedInput.of(text.parse(path, content));
    } catch (ArticleFormatException e) {
      return reject(path, e.reason(), e.getMessage(), size);
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
      return reject(source, e.reason(), e.getMessage(), size);
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
      out.add(parseJson(path + ":" + (i + 1), line, line.length()));
    }
    if (out.isEmpty()) {
      out.add(reject(path, ArticleFormatException.EMPTY, "no JSON records", content.length()));
    }
    return out;
  }

  private static ParsedInput reject(String path, String reason, String detail, long size) {
    return ParsedInput.rejected(new Reject(path, reason, detail, size));
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
