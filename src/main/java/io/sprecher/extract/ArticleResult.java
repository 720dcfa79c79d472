package io.sprecher.extract;

import io.sprecher.article.Article;
import java.io.Serializable;
import java.util.List;

/**
 * What the pipeline made of one article.
 *
 * @param unparsedChars characters left out of annotation by the parse cap ({@code ParseCap})
 * @param parsedSentences sentences that got a dependency parse ({@link ParseScope})
 * @param annotateNanos time spent in CoreNLP for this article
 * @param extractNanos time spent finding, attributing and dating statements
 */
public record ArticleResult(
    Article article,
    List<Statement> statements,
    List<Mention> mentions,
    int sentences,
    int tokens,
    int unparsedChars,
    int parsedSentences,
    long annotateNanos,
    long extractNanos)
    implements Serializable {

  public ArticleResult {
    statements = List.copyOf(statements);
    mentions = List.copyOf(mentions);
  }
}
