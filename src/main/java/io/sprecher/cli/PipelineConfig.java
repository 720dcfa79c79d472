package io.sprecher.cli;

import io.sprecher.nlp.NlpSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The pipeline configuration ({@code conf/sprecher.properties}), read once on the driver and turned
 * into typed, validated values. Every key is optional; conf/sprecher.properties documents them.
 *
 * @param nlp CoreNLP settings
 * @param partitionsPerCore annotation tasks per core
 */
public record PipelineConfig(NlpSettings nlp, int partitionsPerCore) {

  public static final String NEWLINE_IS_SENTENCE_BREAK = "nlp.newlineIsSentenceBreak";
  public static final String PARTITIONS_PER_CORE = "extract.partitionsPerCore";
  public static final PipelineConfig DEFAULTS = new PipelineConfig(NlpSettings.DEFAULTS, 4);

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
    String partitions =
        p.getProperty(PARTITIONS_PER_CORE, Integer.toString(DEFAULTS.partitionsPerCore())).strip();
    try {
      return new PipelineConfig(new NlpSettings(newline), Integer.parseInt(partitions));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ": " + PARTITIONS_PER_CORE + " must be a whole number, not " + partitions, e);
    }
  }
}
