package io.sprecher.config;

import io.sprecher.article.InputLimits;
import io.sprecher.extract.ArticleProcessor;
import io.sprecher.extract.ParseScope;
import io.sprecher.nlp.NlpSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The pipeline configuration ({@code conf/sprecher.properties}), read once on the driver and turned
 * into typed, validated values. Every key is optional; conf/sprecher.properties documents them.
 *
 * @param nlp CoreNLP settings
 * @param partitionsPerCore annotation tasks per core
 * @param limits input size limits
 * @param maxSentenceChars the parse cap: longer stretches without a sentence end are not parsed
 * @param articleTimeBudget the time one article may take to annotate
 * @param lockStaleAfter a run lock without heartbeat for this long is broken
 * @param parseScope which sentences get a dependency parse
 */
public record PipelineConfig(
    NlpSettings nlp,
    int partitionsPerCore,
    InputLimits limits,
    int maxSentenceChars,
    Duration articleTimeBudget,
    Duration lockStaleAfter,
    ParseScope parseScope) {

  public static final String NEWLINE_IS_SENTENCE_BREAK = "nlp.newlineIsSentenceBreak";
  public static final String PARTITIONS_PER_CORE = "extract.partitionsPerCore";
  public static final String MAX_FILE_BYTES = "input.maxFileBytes";
  public static final String MAX_ARTICLE_CHARS = "input.maxArticleChars";
  public static final String MAX_SENTENCE_CHARS = "nlp.maxSentenceChars";
  public static final String ARTICLE_TIME_BUDGET = "nlp.articleTimeBudgetSeconds";
  public static final String LOCK_STALE_AFTER = "lock.staleAfterMinutes";
  public static final String PARSE = "nlp.parse";
  public static final String PARSER_CACHE_ENTRIES = "nlp.parserCacheEntries";

  public static final PipelineConfig DEFAULTS =
      new PipelineConfig(
          NlpSettings.DEFAULTS,
          4,
          InputLimits.DEFAULTS,
          ArticleProcessor.DEFAULT_MAX_SENTENCE_CHARS,
          Duration.ofSeconds(120),
          Duration.ofMinutes(10),
          ParseScope.STATEMENTS);

  public PipelineConfig {
    if (partitionsPerCore < 1 || maxSentenceChars < 1) {
      throw new IllegalArgumentException(
          PARTITIONS_PER_CORE + " and " + MAX_SENTENCE_CHARS + " must be positive");
    }
  }

  /** The configuration in {@code file}, or the defaults when the file is absent. */
  public static PipelineConfig load(Path file) {
    if (file == null || !Files.exists(file)) {
      return DEFAULTS;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read configuration " + file, e);
    }
    String newline =
        p.getProperty(NEWLINE_IS_SENTENCE_BREAK, DEFAULTS.nlp().newlineIsSentenceBreak()).strip();
    return new PipelineConfig(
        new NlpSettings(
            newline, intNumber(file, p, PARSER_CACHE_ENTRIES, DEFAULTS.nlp().parserCacheEntries())),
        intNumber(file, p, PARTITIONS_PER_CORE, DEFAULTS.partitionsPerCore()),
        new InputLimits(
            number(file, p, MAX_FILE_BYTES, DEFAULTS.limits().maxFileBytes()),
            intNumber(file, p, MAX_ARTICLE_CHARS, DEFAULTS.limits().maxArticleChars())),
        intNumber(file, p, MAX_SENTENCE_CHARS, DEFAULTS.maxSentenceChars()),
        Duration.ofSeconds(
            number(file, p, ARTICLE_TIME_BUDGET, DEFAULTS.articleTimeBudget().toSeconds())),
        Duration.ofMinutes(
            number(file, p, LOCK_STALE_AFTER, DEFAULTS.lockStaleAfter().toMinutes())),
        parseScope(file, p));
  }

  private static ParseScope parseScope(Path file, Properties p) {
    String value = p.getProperty(PARSE, DEFAULTS.parseScope().name()).strip();
    try {
      return ParseScope.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + ": " + PARSE + " must be statements or all, not " + value, e);
    }
  }

  private static int intNumber(Path file, Properties p, String key, int fallback) {
    long n = number(file, p, key, fallback);
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          file + ": " + key + " must be at most " + Integer.MAX_VALUE + ", not " + n);
    }
    return (int) n;
  }

  private static long number(Path file, Properties p, String key, long fallback) {
    String value = p.getProperty(key);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n < 1) {
        throw new IllegalArgumentException(file + ": " + key + " must be positive, not " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ": " + key + " must be a whole number, not " + value, e);
    }
  }
}
