package io.sprecher.quote;

import static io.sprecher.quote.Clauses.firstWord;
import static io.sprecher.quote.Clauses.lastContentToken;
import static io.sprecher.quote.Clauses.verbOutside;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second pass of {@link QuotationFinder}: statements without a frame of their own. A sentence
 * right after a statement that is a full quotation (DIRECT) or whose main clause is in Konjunktiv
 * (FREE_INDIRECT, MIXED) continues it; other full quotations become DIRECT statements with a colon
 * frame ("Kerry: „...“"), a verb of saying over them, or none; quoted fragments of four words or
 * more without a frame are kept unattributed.
 */
final class Continuations {

  /** Sentences in Konjunktiv I continue a statement across at most this many other sentences. */
  static final int MAX_CONTINUATION_GAP = 2;

  /** Words of a quoted fragment without frame that still counts as someone's words. */
  static final int MIN_FRAGMENT_WORDS = 4;

  /** A label before a colon ("US-Außenminister Kerry: „...“") is at most this long. */
  static final int MAX_COLON_LABEL_TOKENS = 5;

  /** Words after which a quotation is what the subject calls something, or its very words. */
  private static final Map<String, String> NAMING_WORDS = namingWords();

  private final SpeechVerbLexicon verbs;
  private final MoodRecognizer mood;

  Continuations(SpeechVerbLexicon verbs, MoodRecognizer mood) {
    this.verbs = verbs;
    this.mood = mood;
  }

  /** The framed statements with those that continue or stand without a frame, in text order. */
  List<Quotation> around(QuoteContext ctx, List<Quotation> framed) {
    List<Quotation> all = new ArrayList<>();
    int f = 0;
    for (Sentence s : ctx.sentences()) {
      while (f < framed.size() && framed.get(f).sentence() <= s.index()) {
        all.add(framed.get(f++));
      }
      // a frame may come after what it reports ("„…“. Das musste Steinbrück einräumen."): every
      // framed statement counts, and a quotation one of them reports is not taken twice
      boolean framedHere =
          mostlyCovered(s, all) || mostlyCovered(s, framed) || hasFramedStatement(s, all);
      List<Quotation> attributed =
          attributedQuotes(ctx, s, all).stream()
              .filter(
                  a -> framed.stream().noneMatch(o -> o.begin() == a.begin() && o.end() == a.end()))
              .toList();
      all.addAll(attributed);
      if (framedHere || !attributed.isEmpty()) {
        continue;
      }
      int previous = previousStatement(all, s.index());
      QuoteSpan full = fullQuoteStartingIn(ctx, s);
      if (full != null && QuotedNames.isName(ctx.text(), full)) {
        full = null; // "Das Lied „Kein schöner Land in dieser Zeit“ wurde gesungen."
      }
      Mood main = mainClauseMood(ctx, s);
      if (full != null && !reportedClauseAround(ctx, s, full, main)) {
        int lastSentence = ctx.sentenceAt(full.contentEnd() - 1);
        // colon frames ("Kerry: „...“") were taken by attributedQuotes above
        int continued = previous;
        int[] source = null;
        if (continued < 0) {
          // a quotation standing alone belongs to who spoke just before, or was named just before
          continued = recentStatement(all, s.index(), MAX_CONTINUATION_GAP);
          source = continued < 0 ? subjectBefore(ctx, s) : null;
        }
        boolean named = continued >= 0 || source != null;
        if (named || ctx.wordCount(full) >= 4) {
          all.add(
              new Quotation(
                  QuoteType.DIRECT,
                  source == null ? s.index() : source[0],
                  full.contentBegin(),
                  full.contentEnd(),
                  null,
                  null,
                  source == null ? -1 : source[1],
                  continued,
                  lastSentence));
        }
        continue;
      }
      int continued = -1;
      if (previous >= 0 && main != Mood.OTHER) {
        continued = previous;
      } else if (main == Mood.KONJUNKTIV_I) {
        // Konjunktiv I marks reported speech even after an indicative sentence in between
        continued = recentStatement(all, s.index(), MAX_CONTINUATION_GAP);
      }
      int[] source = null;
      if (continued < 0 && main == Mood.KONJUNKTIV_I) {
        // "Rice forderte China zum Dialog auf. Dieser sei eine Autorität ...": the subject of
        // the sentence before speaks, though that sentence reported no content itself
        source = subjectBefore(ctx, s);
      }
      int first = firstWord(s);
      int last = lastContentToken(s, s.size());
      if ((continued >= 0 || source != null) && first <= last) {
        int begin = s.token(first).begin();
        int end = s.token(last).end();
        boolean holdsQuote =
            ctx.quotes().stream().anyMatch(q -> q.begin() >= begin && q.begin() < end);
        all.add(
            new Quotation(
                holdsQuote ? QuoteType.MIXED : QuoteType.FREE_INDIRECT,
                source == null ? s.index() : source[0],
                begin,
                end,
                null,
                null,
                source == null ? -1 : source[1],
                continued,
                s.index()));
      }
    }
    while (f < framed.size()) {
      all.add(framed.get(f++));
    }
    all.addAll(unattributedFragments(ctx, all));
    return all;
  }

  /**
   * True when quotation {@code q} ends in sentence {@code s} and a verb outside it carries the
   * subjunctive of reported speech ("Sie seien „so gut wie jeder andere geeignet“"): the sentence
   * continues reported speech that holds a quotation.
   */
  private static boolean reportedClauseAround(
      QuoteContext ctx, Sentence s, QuoteSpan q, Mood main) {
    return main != Mood.OTHER
        && ctx.sentenceAt(q.contentEnd() - 1) == s.index()
        && verbOutside(s, 0, s.size() - 1, q);
  }

  private static boolean hasFramedStatement(Sentence s, List<Quotation> found) {
    return found.stream().anyMatch(q -> q.sentence() == s.index());
  }

  private static boolean mostlyCovered(Sentence s, List<Quotation> found) {
    int words = 0;
    int covered = 0;
    for (Token t : s.tokens()) {
      if (!t.isPunct()) {
        words++;
        if (found.stream().anyMatch(q -> q.covers(t.begin()))) {
          covered++;
        }
      }
    }
    return words > 0 && covered * 2 >= words;
  }

  /** The latest statement that ends in the sentence just before {@code sentence}, or -1. */
  private static int previousStatement(List<Quotation> found, int sentence) {
    for (int i = found.size() - 1; i >= 0; i--) {
      if (found.get(i).lastSentence() == sentence - 1) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The mood of the sentence's main clause: Konjunktiv I or II on its root or the root's auxiliary
   * or copula; reportative "soll"/"sollen" with a perfect infinitive ("soll ... gestorben sein")
   * counts as Konjunktiv I.
   */
  private Mood mainClauseMood(QuoteContext ctx, Sentence s) {
    Mood found = Mood.OTHER;
    for (Token t : s.tokens()) {
      if (t.head() >= 0) {
        continue;
      }
      // the root and its auxiliaries outside quotations: "Sie seien „so gut ... geeignet“"
      List<Integer> verbs = new ArrayList<>();
      if (!ctx.inQuote(t)) {
        verbs.add(t.index());
      }
      for (int c : s.children(t.index())) {
        String rel = s.token(c).relation();
        if ((rel.equals("aux") || rel.equals("cop")) && !ctx.inQuote(s.token(c))) {
          verbs.add(c);
        }
      }
      for (int v : verbs) {
        Mood m = mood.moodOf(s, v);
        if (m == Mood.KONJUNKTIV_I) {
          return m;
        }
        if (m == Mood.KONJUNKTIV_II) {
          found = m;
        }
        if (isReportativeSollen(s, v)) {
          return Mood.KONJUNKTIV_I;
        }
      }
    }
    return found;
  }

  /** "Er soll geflohen sein": sollen with a perfect infinitive reports what others say. */
  private static boolean isReportativeSollen(Sentence s, int v) {
    String w = s.token(v).word().toLowerCase(Locale.GERMAN);
    if (!(w.equals("soll") || w.equals("sollen"))) {
      return false;
    }
    for (int i = v + 1; i < s.size(); i++) {
      String x = s.token(i).word().toLowerCase(Locale.GERMAN);
      if ((x.equals("sein") || x.equals("haben") || x.equals("worden")) && s.token(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {sentence, subject} of the nearest sentence before {@code s} (within the continuation gap)
   * whose verb of saying, or else main verb, has a noun or name as subject; null if none.
   */
  private int[] subjectBefore(QuoteContext ctx, Sentence s) {
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - 1 - MAX_CONTINUATION_GAP; k--) {
      Sentence p = ctx.sentences().get(k);
      if (mainClauseMood(ctx, p) != Mood.OTHER) {
        continue; // "Bereits heute müssten Unternehmen ...": its subject is part of what was said
      }
      for (Token t : p.tokens()) {
        if (!ctx.inQuote(t) && verbs.cueAt(p, t.index()).isPresent()) {
          int subject = FrameSpeakers.subjectOf(p, t.index(), -1, -1);
          if (subject >= 0) {
            return new int[] {k, subject};
          }
        }
      }
      for (Token t : p.tokens()) {
        if (t.head() < 0 && t.isVerb()) {
          for (int c : p.children(t.index(), "nsubj")) {
            String pos = p.token(c).pos();
            if (pos.equals("NOUN") || pos.equals("PROPN")) {
              return new int[] {k, c};
            }
          }
        }
      }
    }
    return null;
  }

  /** The latest statement that ends at most {@code gap} sentences before, or -1. */
  private static int recentStatement(List<Quotation> found, int sentence, int gap) {
    for (int i = found.size() - 1; i >= 0; i--) {
      int last = found.get(i).lastSentence();
      if (last < sentence && last >= sentence - 1 - gap) {
        return i;
      }
    }
    return -1;
  }

  /** A quotation that opens in {@code s} and fills its sentences, or null. */
  private QuoteSpan fullQuoteStartingIn(QuoteContext ctx, Sentence s) {
    for (QuoteSpan q : ctx.quotes()) {
      if (q.begin() >= s.begin() && q.begin() < s.end()) {
        int lastSentence = ctx.sentenceAt(q.contentEnd() - 1);
        int words = 0;
        int inside = 0;
        for (int i = s.index(); i <= lastSentence; i++) {
          for (Token t : ctx.sentences().get(i).tokens()) {
            if (!t.isPunct()) {
              words++;
              if (q.contains(t.begin())) {
                inside++;
              }
            }
          }
        }
        if (words > 0 && inside >= QuoteContext.FULL_QUOTE_SHARE * words) {
          return q;
        }
      }
    }
    return null;
  }

  /**
   * Quotations in a sentence without a verb of saying that the sentence still attributes: after a
   * colon that ends a clause with a subject ("Hartmann weist jede Verantwortung von sich: „...“")
   * and as what someone calls something ("verurteilte ihn als „hinterhältigen Anschlag“").
   */
  private List<Quotation> attributedQuotes(QuoteContext ctx, Sentence s, List<Quotation> found) {
    List<Quotation> out = new ArrayList<>();
    for (QuoteSpan q : ctx.quotes()) {
      if (q.begin() < s.begin()
          || q.begin() >= s.end()
          || QuotedNames.isName(ctx.text(), q) && !afterWordsNoun(s, q)) {
        continue;
      }
      if (found.stream().anyMatch(f -> f.covers(q.contentBegin()))) {
        continue;
      }
      int[] frame = colonFrame(s, q);
      if (frame == null) {
        frame = predicativeFrame(ctx, s, q);
      }
      Cue cue = null;
      if (frame == null) {
        cue = speechVerbOver(ctx, s, q);
        frame = cue == null ? null : new int[] {quotedWordsSpeaker(s, cue, q), cue.verb()};
      } else if (frame[1] >= 0) {
        cue = new Cue(frame[1], -1, s.token(frame[1]).word().toLowerCase(Locale.GERMAN), "Speech");
      }
      if (frame != null) {
        out.add(
            new Quotation(
                QuoteType.DIRECT,
                s.index(),
                q.contentBegin(),
                q.contentEnd(),
                cue,
                cue == null ? null : ctx.cueText(s, cue),
                frame[0],
                -1,
                ctx.sentenceAt(q.contentEnd() - 1)));
      }
    }
    return out;
  }

  /**
   * {speaker, verb} of what stands before the colon that opens a quotation: the subject of a clause
   * ("X weist die Verantwortung von sich: „...“"), or a short label ("Kerry: „...“", verb -1).
   */
  private static int[] colonFrame(Sentence s, QuoteSpan q) {
    int quoteToken = s.firstTokenAtOrAfter(q.begin());
    if (quoteToken < 2 || quoteToken >= s.size() || !s.token(quoteToken - 1).word().equals(":")) {
      return null;
    }
    int colon = quoteToken - 1;
    for (int v = 0; v < colon; v++) {
      if (!s.token(v).isVerb()) {
        continue;
      }
      int subject = FrameSpeakers.subjectOf(s, v, colon, s.size() - 1);
      if (subject >= 0 && subject < colon) {
        return new int[] {FrameSpeakers.namedInsteadOf(s, subject, colon), v};
      }
    }
    // "Kerry: „...“": a short phrase without a verb names the speaker
    if (colon <= MAX_COLON_LABEL_TOKENS) {
      for (int i = colon - 1; i >= 0; i--) {
        String pos = s.token(i).pos();
        if (pos.equals("PROPN") || pos.equals("NOUN")) {
          return new int[] {i, -1};
        }
      }
    }
    return null;
  }

  /**
   * The verb of saying whose clause holds quotation {@code q} as a part of one of its phrases
   * ("hatte die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben", "war als „Geschäft des
   * Jahrhunderts“ bezeichnet worden"): the nearest verb above the quotation in the parse, when it
   * is one; null otherwise.
   */
  private Cue speechVerbOver(QuoteContext ctx, Sentence s, QuoteSpan q) {
    int at = s.firstTokenAtOrAfter(q.contentBegin());
    for (int steps = 0; at >= 0 && steps < s.size(); steps++, at = s.token(at).head()) {
      Token t = s.token(at);
      if (q.contains(t.begin())) {
        continue;
      }
      if (t.isVerb()) {
        return verbs.cueAt(s, at).orElse(null);
      }
    }
    return null;
  }

  /**
   * The speaker of quoted words in a clause of saying: its subject, agent or source, else the name
   * or noun on the frame's side of the quotation; -1 for none.
   */
  private static int quotedWordsSpeaker(Sentence s, Cue cue, QuoteSpan q) {
    int first = s.firstTokenAtOrAfter(q.begin());
    int last = first;
    while (last + 1 < s.size() && s.token(last + 1).begin() < q.end()) {
      last++;
    }
    return cue.verb() > last
        ? FrameSpeakers.speakerAfter(s, cue.verb(), first, last)
        : FrameSpeakers.speakerBefore(s, cue.verb(), first, last);
  }

  private static Map<String, String> namingWords() {
    Map<String, String> words = new HashMap<>();
    for (String[] cols : ResourceLines.readColumns(QuotationFinder.class, "naming-words.tsv")) {
      words.put(cols[0], cols[1]);
    }
    return Map.copyOf(words);
  }

  /** "die Bezeichnung „Gesindel“": the quotation follows a noun that introduces someone's words. */
  private static boolean afterWordsNoun(Sentence s, QuoteSpan q) {
    int quoteToken = s.firstTokenAtOrAfter(q.begin());
    return quoteToken > 0
        && "words"
            .equals(NAMING_WORDS.get(s.token(quoteToken - 1).word().toLowerCase(Locale.GERMAN)));
  }

  /**
   * Quoted fragments that no statement holds: someone's words, though the text does not say whose
   * (no speaker). Appended after all other statements, which refer to each other by position.
   */
  private List<Quotation> unattributedFragments(QuoteContext ctx, List<Quotation> found) {
    List<Quotation> out = new ArrayList<>();
    for (QuoteSpan q : ctx.quotes()) {
      if (!isQuotedFragment(ctx, q)
          || QuotedNames.isName(ctx.text(), q)
          || found.stream().anyMatch(f -> f.covers(q.contentBegin()))) {
        continue;
      }
      int sentence = ctx.sentenceAt(q.contentBegin());
      out.add(
          new Quotation(
              QuoteType.DIRECT,
              sentence,
              q.contentBegin(),
              q.contentEnd(),
              null,
              null,
              -1,
              -1,
              ctx.sentenceAt(q.contentEnd() - 1)));
    }
    return out;
  }

  /**
   * A quotation of at least {@link #MIN_FRAGMENT_WORDS} words that starts in lower case ("die
   * „grausame, unmenschliche oder herabwürdigende Behandlung“ zu ächten"): a piece of someone's
   * words taken into the sentence, not a title or a name (those start in upper case).
   */
  private static boolean isQuotedFragment(QuoteContext ctx, QuoteSpan q) {
    String inside = ctx.text().span(q.contentBegin(), q.contentEnd()).strip();
    return !inside.isEmpty()
        && Character.isLowerCase(inside.codePointAt(0))
        && !inside.matches("(?s).*\\p{L}\\.\\p{L}.*") // a web address
        && inside.split("\\s+").length >= MIN_FRAGMENT_WORDS;
  }

  /** "verurteilte ihn als „Anschlag“", "hält ihn für „gefährlich“": {speaker, verb}, or null. */
  private static int[] predicativeFrame(QuoteContext ctx, Sentence s, QuoteSpan q) {
    int quoteToken = s.firstTokenAtOrAfter(q.begin());
    boolean predicative = false;
    for (int i = Math.max(0, quoteToken - 3); i < quoteToken; i++) {
      predicative |= NAMING_WORDS.containsKey(s.token(i).word().toLowerCase(Locale.GERMAN));
    }
    if (!predicative || quoteToken + 1 >= s.size()) {
      return null;
    }
    int at = quoteToken + 1;
    for (int steps = 0; at >= 0 && steps < 5; steps++, at = s.token(at).head()) {
      Token t = s.token(at);
      if (t.isVerb() && !q.contains(t.begin())) {
        int subject = FrameSpeakers.subjectOf(s, at, quoteToken, s.size() - 1);
        return subject >= 0 && subject < quoteToken ? new int[] {subject, at} : null;
      }
    }
    return null;
  }
}
