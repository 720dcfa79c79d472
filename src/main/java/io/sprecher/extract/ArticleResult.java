package io.sprecher.extract;

import io.sprecher.article.Article;
import java.io.Serializable;
import java.util.List;

/**
 * What the pipeline made of one article.
 *
 * @param unparsedChars characters left out of annotation by the parse cap ({@code ParseCap})
 */
public record ArticleResult(
    Article article,
    List<Statement> statements,
    List<Mention> mentions,
    int sentences,
    int tokens,
    int unparsedChars)
    implements Serializable {

  public ArticleResult {
    statements = List.copyOf(statements);
    mentions = List.copyOf(mentions);
  }
}
