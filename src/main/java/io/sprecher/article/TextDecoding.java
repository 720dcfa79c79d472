package io.sprecher.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of an input file, or says they are not text. UTF-8 (with or without a byte
 * order mark) and UTF-16 with a byte order mark are read as such; bytes that are not valid UTF-8
 * are read as Windows-1252, the superset of Latin-1 that German Windows software and older news
 * archives write ("Gr\u00fc\u00dfe" as 0x47 0x72 0xFC 0xDF 0x65). Files with NUL bytes, known
 * binary signatures (PNG, JPEG, GIF, PDF, ZIP, GZIP) or many control characters are binary.
 */
public final class TextDecoding {

  public static final String UTF_8 = "UTF-8";
  public static final String UTF_8_BOM = "UTF-8 (BOM)";
  public static final String WINDOWS_1252 = "windows-1252";
  private static final int SNIFF_BYTES = 8192;
  private static final double MAX_CONTROL_SHARE = 0.01;

  private TextDecoding() {}

  /** What kind of binary file {@code bytes} look like, or empty when they may be text. */
  public static Optional<String> binaryKind(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return Optional.of("a PNG image");
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("a JPEG image");
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return Optional.of("a GIF image");
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return Optional.of("a PDF document");
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return Optional.of("a ZIP archive (also .docx, .xlsx, .jar)");
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return Optional.of("a GZIP archive");
    }
    if (utf16Bom(bytes) != null) {
      return Optional.empty();
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary data (NUL bytes)");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE
        ? Optional.of("binary data (" + control + " control bytes in the first " + n + ")")
        : Optional.empty();
  }

  /** Decodes text bytes (check {@link #binaryKind} first). */
  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      return new DecodedText(text, UTF_8_BOM);
    }
    Charset utf16 = utf16Bom(bytes);
    if (utf16 != null) {
      return new DecodedText(new String(bytes, 2, bytes.length - 2, utf16), utf16.name());
    }
    try {
      return new DecodedText(strictUtf8(bytes), UTF_8);
    } catch (CharacterCodingException e) {
      return new DecodedText(new String(bytes, Charset.forName("windows-1252")), WINDOWS_1252);
    }
  }

  private static Charset utf16Bom(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
