package io.sprecher.article;

/**
 * The text of an input file and the encoding it was read in.
 *
 * @param text the decoded text, without byte order mark
 * @param encoding {@link TextDecoding#UTF_8}, {@link TextDecoding#UTF_8_BOM}, UTF-16LE, UTF-16BE or
 *     {@link TextDecoding#WINDOWS_1252} (Latin-1 / Windows-1252 German text, decoded rather than
 *     rejected)
 */
public record DecodedText(String text, String encoding) {}
