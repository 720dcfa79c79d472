package io.sprecher.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * A word list matched by ending, for German compounds: "ministerium" matches
 * "Verteidigungsministerium". Loaded once from a class-path resource (one word a line).
 */
public final class WordEndings {

  private final List<String> endings;

  public WordEndings(Class<?> owner, String resource) {
    this.endings =
        ResourceLines.read(owner, resource).stream()
            .map(s -> s.toLowerCase(Locale.GERMAN))
            .toList();
  }

  /** True when {@code word} is one of the words itself, not a compound ending in one. */
  public boolean contains(String word) {
    return endings.contains(word.toLowerCase(Locale.GERMAN));
  }

  /** True when {@code word} is, or ends with, one of the words. */
  public boolean matches(String word) {
    String w = word.toLowerCase(Locale.GERMAN);
    return endings.stream().anyMatch(w::endsWith);
  }
}
