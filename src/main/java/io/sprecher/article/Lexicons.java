package io.sprecher.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-based lexicon resources of this package. */
final class Lexicons {

  private Lexicons() {}

  /** The non-blank lines of a resource of this package that are not comments ("#..."). */
  static List<String> lines(String name) {
    InputStream in = Lexicons.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource io/sprecher/article/" + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/sprecher/article/" + name, e);
    }
    return List.copyOf(lines);
  }
}
