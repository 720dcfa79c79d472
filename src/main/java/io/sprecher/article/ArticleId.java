package io.sprecher.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Content ids of articles: the first 32 hex digits of the SHA-256 of {@code title + "\n" + text} in
 * Unicode NFC (a null title counts as empty). The same content always has the same id; any change
 * of title or text gives another id.
 */
public final class ArticleId {

  private static final int HEX_DIGITS = 32;

  private ArticleId() {}

  /** The id of an article with this title (may be null) and body text. */
  public static String of(String title, String text) {
    String content = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    String nfc = Normalizer.normalize(content, Normalizer.Form.NFC);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
