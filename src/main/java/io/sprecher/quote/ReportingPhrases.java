package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phrases that attribute content without a verb of saying ("Kerry zufolge", "laut Polizei", "nach
 * Angaben des Ministeriums"), from {@code reporting-phrases.tsv}.
 */
public final class ReportingPhrases {

  /** A phrase found in a sentence: its tokens {@code first}..{@code last}, and its source side. */
  public record Match(int first, int last, boolean sourceBefore) {}

  private record Phrase(String[] words, boolean sourceBefore) {}

  private final List<Phrase> phrases = new ArrayList<>();

  public ReportingPhrases() {
    for (String[] cols :
        ResourceLines.readColumns(ReportingPhrases.class, "reporting-phrases.tsv")) {
      phrases.add(new Phrase(cols[0].split(" "), cols[1].equals("BEFORE")));
    }
  }

  /** The first reporting phrase in the sentence at or after token {@code from}, or null. */
  public Match find(Sentence s, int from) {
    for (int i = from; i < s.size(); i++) {
      for (Phrase p : phrases) {
        if (matchesAt(s, i, p.words())) {
          return new Match(i, i + p.words().length - 1, p.sourceBefore());
        }
      }
    }
    return null;
  }

  private static boolean matchesAt(Sentence s, int i, String[] words) {
    if (i + words.length > s.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!s.token(i + k).word().toLowerCase(Locale.GERMAN).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
