package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import java.util.List;
import java.util.Locale;

/** Nouns that name a source of information ("Angaben", "Bericht"), from source-nouns.txt. */
public final class SourceNouns {

  private final List<String> endings =
      ResourceLines.read(SourceNouns.class, "source-nouns.txt").stream()
          .map(s -> s.toLowerCase(Locale.GERMAN))
          .toList();

  /** True when {@code word} is, or ends with, a source noun. */
  public boolean isSource(String word) {
    String w = word.toLowerCase(Locale.GERMAN);
    return endings.stream().anyMatch(w::endsWith);
  }
}
