package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.lexicon.WordEndings;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases that attribute content without a verb of saying ("Kerry zufolge", "laut Polizei", "nach
 * Angaben des Ministeriums", "..., so Murtha"), from {@code reporting-phrases.tsv}.
 */
public final class ReportingPhrases {

  private static final String SOURCE = "<source>";

  /** Tags of a word after ", so" that opens no speaker: "so dass", "so zum Beispiel", "so etwa". */
  private static final Set<String> NO_SPEAKER_TAGS = Set.of("SCONJ", "PART", "ADP", "ADV");

  private static final String VIEW = "<view>";

  /** Where the source of a phrase stands. */
  public enum Side {
    BEFORE,
    AFTER,
    SELF,
    CLOSING,
    NONE
  }

  /** A phrase found in a sentence: its tokens {@code first}..{@code last}, and its source side. */
  public record Match(int first, int last, Side side, int source) {

    /** A phrase whose source is found by its side (no source noun inside it). */
    public Match(int first, int last, Side side) {
      this(first, last, side, -1);
    }
  }

  private record Phrase(String[] words, Side side) {}

  private final List<Phrase> phrases = new ArrayList<>();
  private final SourceNouns sources;
  private final WordEndings views =
      new WordEndings(ReportingPhrases.class, "view-nouns.txt", "not-views.txt");
  private final Set<String> afterSo =
      Set.copyOf(ResourceLines.read(ReportingPhrases.class, "after-so.txt"));

  public ReportingPhrases() {
    this(new SourceNouns());
  }

  public ReportingPhrases(SourceNouns sources) {
    this.sources = sources;
    for (String[] cols :
        ResourceLines.readColumns(ReportingPhrases.class, "reporting-phrases.tsv")) {
      phrases.add(new Phrase(cols[0].split(" "), Side.valueOf(cols[1])));
    }
  }

  /** The first reporting phrase in the sentence at or after token {@code from}, or null. */
  public Match find(Sentence s, int from) {
    for (int i = from; i < s.size(); i++) {
      for (Phrase p : phrases) {
        int[] found = matchesAt(s, i, p.words());
        if (found != null && fits(s, i, found[0], p.side())) {
          return new Match(i, found[0], p.side(), found[1]);
        }
      }
    }
    return null;
  }

  /** {last token, source noun or -1} of the phrase when it starts at {@code i}, or null. */
  private int[] matchesAt(Sentence s, int i, String[] words) {
    int at = i;
    int source = -1;
    for (String w : words) {
      if (w.equals(SOURCE) || w.equals(VIEW)) {
        // "nach Angaben", "nach ersten Untersuchungen", "nach eigener Aussage"
        int k = at;
        while (k < s.size() && k < at + 4 && isModifier(s.token(k))) {
          k++;
        }
        if (k >= s.size()
            || !s.token(k).pos().equals("NOUN")
            || !(w.equals(SOURCE) ? sources.isSource(s.token(k).word()) : isView(s.token(k)))) {
          return null;
        }
        source = k;
        at = k + 1;
      } else {
        if (at >= s.size() || !s.token(at).word().toLowerCase(Locale.GERMAN).equals(w)) {
          return null;
        }
        at++;
      }
    }
    return new int[] {at - 1, source};
  }

  /** "Sicht", "Belegschaftssicht": a noun of a point of view. */
  private boolean isView(Token t) {
    return views.matches(t.word());
  }

  /** "ersten", "bisher unbestätigten", "Celebis", "NASA-" before the source noun. */
  private static boolean isModifier(Token t) {
    String pos = t.pos();
    return pos.equals("DET")
        || pos.equals("ADJ")
        || pos.equals("PRON")
        || pos.equals("ADV")
        || pos.equals("PROPN")
        || t.word().equals("-");
  }

  /**
   * ", so Murtha." needs its comma and a speaker after it; "so" elsewhere is an adverb, and ", so
   * dass" or ", so schnell" open no speaker.
   */
  private boolean fits(Sentence s, int first, int last, Side side) {
    if (side == Side.AFTER) {
      // "laut Kerry", not the adjective of "Kritik wird laut," or "laut geworden"
      Token next = last + 1 < s.size() ? s.token(last + 1) : null;
      return next != null
          && !next.isVerb()
          && (!next.isPunct() || next.isQuotationMark() || next.word().equals("("));
    }
    if (side != Side.CLOSING) {
      return true;
    }
    return first > 0
        && s.token(first - 1).word().equals(",")
        && last + 1 < s.size()
        && !s.token(last + 1).isVerb()
        && !s.token(last + 1).isPunct()
        && speakerCanFollow(s, last + 1);
  }

  /**
   * ", so der Minister", ", so britische Medien": a speaker opens at {@code i}; not a conjunction
   * (", so dass"), a quantity (", so mancher Reifen"), a preposition (", so zum Beispiel"), an
   * adverb (", so etwa ein Dach", ", so auch das System": mostly "for example" or "likewise") or an
   * adjective without its noun right after it (", so schnell es ging").
   */
  private boolean speakerCanFollow(Sentence s, int i) {
    Token t = s.token(i);
    String pos = t.pos();
    if (afterSo.contains(t.word().toLowerCase(Locale.GERMAN)) || NO_SPEAKER_TAGS.contains(pos)) {
      return false;
    }
    if (!pos.equals("ADJ")) {
      return true;
    }
    String next = i + 1 < s.size() ? s.token(i + 1).pos() : "";
    return next.equals("NOUN") || next.equals("PROPN");
  }
}
