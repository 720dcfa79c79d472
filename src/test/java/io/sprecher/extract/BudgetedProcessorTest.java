package io.sprecher.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.article.Article;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Annotator;
import io.sprecher.time.PartialDate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetedProcessorTest {

  private static Article article(String text) {
    return new Article(
        "id", "file:/in/a.txt", null, null, null, null, null, PartialDate.UNKNOWN, text);
  }

  /** An annotator that finds no sentences, after a pause as long as the text says. */
  private static final Annotator SLOW_ON_DEMAND =
      (text, parse) -> {
        if (text.startsWith("stall")) {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        if (text.startsWith("fail")) {
          throw new IllegalStateException("parser broke");
        }
        return new AnnotatedText(text, List.of());
      };

  @Test
  void articleOverTheTimeBudgetIsRejectedAndTheNextOneIsProcessed() {
    try (BudgetedProcessor p =
        new BudgetedProcessor(new ArticleProcessor(SLOW_ON_DEMAND), Duration.ofMillis(200))) {
      ArticleOutcome stalled = p.process(article("stall: a table of numbers"));
      assertThat(stalled.reject().reason()).isEqualTo("TIME_BUDGET_EXCEEDED");
      assertThat(stalled.reject().sourceFile()).isEqualTo("file:/in/a.txt");
      ArticleOutcome next = p.process(article("Ein normaler Satz."));
      assertThat(next.result()).isNotNull();
    }
  }

  @Test
  void failureOfTheProcessorBecomesAReject() {
    try (BudgetedProcessor p =
        new BudgetedProcessor(new ArticleProcessor(SLOW_ON_DEMAND), Duration.ofSeconds(10))) {
      ArticleOutcome failed = p.process(article("fail now"));
      assertThat(failed.reject().reason()).isEqualTo("PROCESSING_FAILED");
      assertThat(failed.reject().detail()).isEqualTo("IllegalStateException: parser broke");
    }
  }
}
