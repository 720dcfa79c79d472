package io.sprecher.extract;

import io.sprecher.article.Article;
import io.sprecher.article.Reject;
import io.sprecher.article.RejectReason;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the {@link ArticleProcessor} with a time budget per article and turns every failure into a
 * reject, so that one article can neither fail nor stall a run. CoreNLP does not stop when
 * interrupted: an article over budget is rejected (TIME_BUDGET_EXCEEDED) and its worker thread is
 * abandoned to finish in the background while the next article gets a fresh one. The parse cap
 * ({@code nlp.maxSentenceChars}) keeps that rare. Not thread-safe: one per task.
 */
public final class BudgetedProcessor implements AutoCloseable {

  private final ArticleProcessor processor;
  private final Duration budget;
  private ExecutorService worker;

  public BudgetedProcessor(ArticleProcessor processor, Duration budget) {
    this.processor = processor;
    this.budget = budget;
    this.worker = newWorker();
  }

  public ArticleOutcome process(Article article) {
    Future<ArticleResult> f = worker.submit(() -> processor.process(article));
    try {
      return new ArticleOutcome(f.get(budget.toMillis(), TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return rejected(
          article,
          RejectReason.TIME_BUDGET_EXCEEDED,
          "annotation took over " + budget.toSeconds() + " s (nlp.articleTimeBudgetSeconds)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return rejected(
          article,
          RejectReason.PROCESSING_FAILED,
          cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while processing " + article.sourceFile(), e);
    }
  }

  @Override
  public void close() {
    worker.shutdown();
  }

  private static ArticleOutcome rejected(Article a, RejectReason reason, String detail) {
    return new ArticleOutcome(null, new Reject(a.sourceFile(), reason, detail, a.text().length()));
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "sprecher-article");
          t.setDaemon(true);
          return t;
        });
  }
}
