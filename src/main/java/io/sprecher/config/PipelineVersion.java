package io.sprecher.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the pipeline that wrote a row: the project version Maven built, stamped into
 * {@code version.properties}. Every output row carries it, so that rows written by different
 * releases can be told apart (and replaced with {@code extract --full-refresh}).
 */
public final class PipelineVersion {

  private PipelineVersion() {}

  public static String current() {
    try (InputStream in = PipelineVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
