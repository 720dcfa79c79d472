package io.sprecher.article;

import io.sprecher.time.PartialDate;
import java.io.Serializable;
import java.util.Objects;

/**
 * One news article, parsed from its source. {@code text} is the cleaned body; every character
 * offset elsewhere in Sprecher refers to it. Optional fields are null when the source does not give
 * them.
 *
 * @param id stable content id (see {@link ArticleId}): the same article read twice has the same id
 * @param sourceFile the file (URI) the article came from, with ":line" for JSON Lines inputs
 * @param title the headline, or null
 * @param publisher the site or paper that published it (welt.de), or null
 * @param agency the news agency credit (AFP, dpa/tan, sda/afp), or null
 * @param url the article's URL, or null
 * @param dateline the place of the dateline ("Washington" in "Washington - ..."), or null
 * @param published the publication date to its known precision (UNKNOWN when not given)
 * @param text the body
 * @param sourceEncoding how the source was decoded ({@link TextDecoding}): "UTF-8", "UTF-8 (BOM)",
 *     "windows-1252", ...
 */
public record Article(
    String id,
    String sourceFile,
    String title,
    String publisher,
    String agency,
    String url,
    String dateline,
    PartialDate published,
    String text,
    String sourceEncoding)
    implements Serializable {

  /** An article read from UTF-8. */
  public Article(
      String id,
      String sourceFile,
      String title,
      String publisher,
      String agency,
      String url,
      String dateline,
      PartialDate published,
      String text) {
    this(
        id,
        sourceFile,
        title,
        publisher,
        agency,
        url,
        dateline,
        published,
        text,
        TextDecoding.UTF_8);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceEncoding, "sourceEncoding");
  }

  /** This article, read in {@code encoding}. */
  public Article withSourceEncoding(String encoding) {
    return new Article(
        id, sourceFile, title, publisher, agency, url, dateline, published, text, encoding);
  }
}
