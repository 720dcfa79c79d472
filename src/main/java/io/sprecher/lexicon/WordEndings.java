package io.sprecher.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A word list matched by ending, for German compounds: "ministerium" matches
 * "Verteidigungsministerium". Loaded once from class-path resources (one word a line); a line
 * "-krat" lists an exception, an ending longer than a listed word that ends with it, whose words
 * the list does not match ("rat" matches "Sicherheitsrat", not "Sozialdemokrat").
 */
public final class WordEndings {

  private final List<String> endings;
  private final List<String> exceptions;

  /** The words of one or more resources beside {@code owner}, read as one list. */
  public WordEndings(Class<?> owner, String... resources) {
    List<String> lines =
        Stream.of(resources)
            .flatMap(r -> ResourceLines.read(owner, r).stream())
            .map(s -> s.toLowerCase(Locale.GERMAN))
            .toList();
    this.endings = lines.stream().filter(l -> !l.startsWith("-")).toList();
    this.exceptions =
        lines.stream().filter(l -> l.startsWith("-")).map(l -> l.substring(1)).toList();
  }

  /** The longest listed ending of lower-case {@code w}, or "" when none or an exception fits. */
  private String longestEnding(String w) {
    String longest = "";
    for (String e : endings) {
      if (w.endsWith(e) && e.length() > longest.length()) {
        longest = e;
      }
    }
    for (String x : exceptions) {
      if (w.endsWith(x) && x.length() > longest.length()) {
        return "";
      }
    }
    return longest;
  }

  /** True when {@code word} is one of the words itself, not a compound ending in one. */
  public boolean contains(String word) {
    return endings.contains(word.toLowerCase(Locale.GERMAN));
  }

  /**
   * {@code word} without the genitive ending of a word of the list it ends with
   * ("Bundeskriminalamts" and "Amtes" give "Bundeskriminalamt" and "Amt"), else {@code word}
   * itself.
   */
  public String withoutGenitive(String word) {
    String w = word.toLowerCase(Locale.GERMAN);
    if (exceptions.stream().anyMatch(w::endsWith)) {
      return word; // "Militärs": a plural the list excepts, not a genitive
    }
    for (String e : endings) {
      for (String ending : List.of("es", "s")) {
        if (w.endsWith(e + ending)) {
          return word.substring(0, word.length() - ending.length());
        }
      }
    }
    return word;
  }

  /**
   * The part of compound {@code word} before the longest word of the list it ends with ("Polizei"
   * of "Polizeiangaben"), as written; empty when the word is one of the words itself or ends with
   * none.
   */
  public String prefix(String word) {
    String longest = longestEnding(word.toLowerCase(Locale.GERMAN));
    return longest.isEmpty() ? "" : word.substring(0, word.length() - longest.length());
  }

  /** True when {@code word} is, or ends with, one of the words. */
  public boolean matches(String word) {
    return !longestEnding(word.toLowerCase(Locale.GERMAN)).isEmpty();
  }
}
