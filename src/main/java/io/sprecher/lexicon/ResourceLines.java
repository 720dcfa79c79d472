package io.sprecher.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a lexicon shipped as a class-path resource: UTF-8, one entry a line, "#" comments. */
public final class ResourceLines {

  private ResourceLines() {}

  /** The non-blank, non-comment lines of the resource, trimmed. */
  public static List<String> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon " + name + " missing beside " + owner.getName() + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(t);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  /** The tab-separated columns of each line. */
  public static List<String[]> readColumns(Class<?> owner, String name) {
    return read(owner, name).stream().map(l -> l.split("\t")).toList();
  }
}
