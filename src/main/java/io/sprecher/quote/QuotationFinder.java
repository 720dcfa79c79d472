package io.sprecher.quote;

import static io.sprecher.quote.Clauses.firstWord;
import static io.sprecher.quote.Clauses.hasVerb;
import static io.sprecher.quote.Clauses.isNominal;
import static io.sprecher.quote.Clauses.lastContentToken;
import static io.sprecher.quote.Clauses.verbOutside;

import io.sprecher.lexicon.Determiners;
import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import io.sprecher.time.TemporalExpressions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the statements of an annotated German article, in two passes.
 *
 * <ol>
 *   <li>Framed statements: each verb of saying outside quotation marks ("sagte", "teilte ... mit")
 *       frames content either before it (post-posed frame: "..., sagte Kerry") or after it ("Kerry
 *       sagte, er hoffe ..."; "..., dass ..."; "...: „...“"). The content is DIRECT when a
 *       quotation fills it, MIXED when it holds a quoted fragment, INDIRECT otherwise; content
 *       after the frame must be a dass/ob clause, follow a colon, or be in Konjunktiv. A verb with
 *       a long noun object ("betonte die Notwendigkeit, ...") and reporting phrases ("Kerry
 *       zufolge", "laut X") give REPORTED statements. A verb of saying inside another statement's
 *       content is part of it.
 *   <li>Continuations ({@link Continuations}): a sentence right after a statement that is a full
 *       quotation (DIRECT) or whose main clause is in Konjunktiv (FREE_INDIRECT), with no frame of
 *       its own, continues it. Other full quotations become DIRECT statements with a colon frame
 *       ("Kerry: „...“") or none.
 * </ol>
 *
 * Quoted words inside a sentence that is not a statement (names such as «Washington Post», scare
 * quotes) never become statements.
 */
public final class QuotationFinder {

  /** A noun object must have at least this many tokens to count as reported content. */
  static final int MIN_OBJECT_TOKENS = 4;

  /** A post-posed frame clause (", hatte X bei ... gesagt") is at most this long. */
  static final int MAX_FRAME_TOKENS = 30;

  /** "aufzuweichen", "anzuerkennen": a separable verb's zu-infinitive, written as one word. */
  private static final Pattern SEPARABLE_ZU_INFINITIVE =
      Pattern.compile(
          "(ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zurück|zusammen|weiter"
              + "|wieder|frei|bekannt|klar|fort|dar|um|durch)zu\\p{L}+(en|ern|eln)");

  /** ", hatte X erklärt": auxiliaries of tense that may open a post-posed frame (not modals). */
  private static final Set<String> TENSE_AUXILIARIES =
      Set.of(
          "hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "waren",
          "sind", "sei", "wäre", "wird", "wurde", "wurden", "werde");

  /** Nouns of asking: a phrase "auf die Frage" opens a question, not a statement. */
  private static final Set<String> QUESTION_NOUNS = Set.of("frage", "fragen");

  private static final Set<String> ANAPHORS = Set.of("dies", "das", "dieses", "diese", "dieser");

  /** Words that negate a verb of saying: "wollte ... nicht bestätigen". */
  private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals");

  /** Finite forms of "sein" that form a state passive with a participle ("sind vertreten"). */
  private static final Set<String> SEIN =
      Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären");

  /** Forms of "werden": with a participle, the passive ("Dies wurde dementiert"). */
  private static final Set<String> WERDEN =
      Set.of("wird", "wurde", "wurden", "werden", "werde", "würde", "würden", "worden");

  private static final Set<String> SUBORDINATORS = Set.of("dass", "daß", "ob");

  private final SpeechVerbLexicon verbs;
  private final SpeechNouns nouns = new SpeechNouns();
  private final Set<String> quotingVerbs =
      Set.copyOf(ResourceLines.read(QuotationFinder.class, "quoting-verbs.txt"));
  private final MoodRecognizer mood;
  private final ReportingPhrases phrases;
  private final QuotationMarkScanner scanner;
  private final Continuations continuations;

  public QuotationFinder() {
    this(new SpeechVerbLexicon(), new MoodRecognizer(), new ReportingPhrases());
  }

  public QuotationFinder(SpeechVerbLexicon verbs, MoodRecognizer mood, ReportingPhrases phrases) {
    this.verbs = verbs;
    this.mood = mood;
    this.phrases = phrases;
    this.scanner = new QuotationMarkScanner();
    this.continuations = new Continuations(verbs, mood);
  }

  /** The statements of {@code text}, in text order of their frames. */
  public List<Quotation> find(AnnotatedText text) {
    return find(text, scanner.scan(text.text()));
  }

  /** The statements of {@code text}, whose quotation marks the caller has already scanned. */
  public List<Quotation> find(AnnotatedText text, List<QuoteSpan> marks) {
    QuoteContext ctx = new QuoteContext(text, marks);
    List<Quotation> found = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      found.addAll(framed(ctx, s));
    }
    return continuations.around(ctx, oncePerContent(ctx, found));
  }

  // ---------------------------------------------------------------- pass 1: framed statements

  private List<Quotation> framed(QuoteContext ctx, Sentence s) {
    List<Cue> cues = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!ctx.inQuote(t)) {
        verbs.cueAt(s, t.index()).or(() -> nouns.cueAt(s, t.index())).ifPresent(cues::add);
      }
    }
    List<Framed> candidates = new ArrayList<>();
    for (Cue c : cues) {
      if (!statePassive(s, c)) {
        analyse(ctx, s, c, contentLimit(s, c, cues), cues).ifPresent(candidates::add);
      }
    }
    List<Quotation> kept = new ArrayList<>();
    for (Framed f : candidates) {
      int cueOffset = s.token(f.quotation().cue().verb()).begin();
      // a verb of saying inside another statement's content belongs to that statement; where two
      // contain each other's verb (a parse gone wrong), the earlier frame wins
      boolean nested =
          candidates.stream()
              .anyMatch(
                  o ->
                      o != f
                          && o.rawCovers(cueOffset)
                          && (!f.rawCovers(s.token(o.quotation().cue().verb()).begin())
                              || o.quotation().cue().verb() < f.quotation().cue().verb()));
      if (!nested) {
        kept.add(relayed(s, f.quotation()));
      }
    }
    for (Quotation q : List.copyOf(kept)) {
      contentAfterFrame(ctx, s, q, kept).ifPresent(kept::add);
    }
    if (kept.isEmpty() && !cues.isEmpty()) {
      anaphoric(ctx, s, cues).ifPresent(kept::add);
    }
    // "Oftmals habe der Mann gewartet, so Celebi, die auch angab, dass ...": a reporting phrase
    // frames its own part of the sentence beside another frame's
    reported(ctx, s)
        .filter(r -> kept.stream().noneMatch(k -> overlap(k, r, s)))
        .ifPresent(kept::add);
    return kept;
  }

  /**
   * One statement per content where several frames claim it: "sagte zur Begründung, er wolle ..."
   * (a verb and a noun of saying), "Im vergangenen Jahr gab es nach einem Bericht 500 Fälle. Das
   * geht aus einer Erhebung des BKA hervor." (a reporting phrase and the next sentence's frame). A
   * verb's frame wins over a phrase's (the verb names the source); in one sentence, the cue highest
   * in the parse (the main clause's verb); else the first.
   */
  private static List<Quotation> oncePerContent(QuoteContext ctx, List<Quotation> found) {
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : found) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).begin() == q.begin() && out.get(i).end() == q.end()) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(q);
      } else if (frameBefore(ctx, q, out.get(same))) {
        out.set(same, q);
      }
    }
    // a frame in a later sentence may have taken an earlier one's place: the second pass reads
    // the statements in sentence order
    out.sort(Comparator.comparingInt(Quotation::sentence));
    return out;
  }

  /** True when {@code q}'s frame names the speaker of a content better than {@code other}'s. */
  private static boolean frameBefore(QuoteContext ctx, Quotation q, Quotation other) {
    boolean verb = q.cue() != null && !q.cue().phrase();
    boolean otherVerb = other.cue() != null && !other.cue().phrase();
    if (verb != otherVerb || !verb) {
      return verb && !otherVerb;
    }
    Sentence s = ctx.sentences().get(q.sentence());
    return q.sentence() == other.sentence()
        && depth(s, q.cue().verb()) < depth(s, other.cue().verb());
  }

  /** True when the two statements share content, or one's cue stands in the other's content. */
  private static boolean overlap(Quotation a, Quotation b, Sentence s) {
    return a.begin() < b.end() && b.begin() < a.end()
        || a.covers(s.token(b.cue().verb()).begin())
        || b.covers(s.token(a.cue().verb()).begin());
  }

  /** The number of heads above token {@code i} up to the root. */
  private static int depth(Sentence s, int i) {
    int d = 0;
    for (int h = s.token(i).head(); h >= 0 && d < s.size(); h = s.token(h).head()) {
      d++;
    }
    return d;
  }

  /**
   * Reported speech that goes on after a post-posed frame in the middle of the sentence ("Man sei
   * sich nicht einig, hieß es, sicher sei jedoch, dass ..."): the clause after the frame's comma,
   * when its verb is in Konjunktiv I, is a second statement of the same frame.
   */
  private Optional<Quotation> contentAfterFrame(
      QuoteContext ctx, Sentence s, Quotation q, List<Quotation> kept) {
    if (q.cue() == null || q.cue().phrase() || q.end() > s.token(q.cue().verb()).begin()) {
      return Optional.empty();
    }
    int verb = Math.max(q.cue().verb(), q.cue().particle());
    int comma = verb + 1;
    while (comma < s.size() && !s.token(comma).word().equals(",")) {
      Token t = s.token(comma);
      if (comma > verb + MAX_FRAME_TOKENS || t.isVerb() || t.isQuotationMark() || t.isPunct()) {
        return Optional.empty();
      }
      comma++;
    }
    int first = comma + 1;
    int last = lastContentToken(s, s.size());
    if (first > last || !hasVerb(s, first, last)) {
      return Optional.empty();
    }
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    if (kept.stream().anyMatch(k -> k.covers(begin)) || !konjunktivI(s, first, last)) {
      return Optional.empty();
    }
    boolean holdsQuote = ctx.quotes().stream().anyMatch(x -> x.begin() >= begin && x.begin() < end);
    return Optional.of(
        new Quotation(
            holdsQuote ? QuoteType.MIXED : QuoteType.INDIRECT,
            s.index(),
            begin,
            end,
            q.cue(),
            q.cueText(),
            q.speakerHead(),
            -1,
            s.index()));
  }

  private boolean konjunktivI(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isVerb() && mood.moodOf(s, i) == Mood.KONJUNKTIV_I) {
        return true;
      }
    }
    return false;
  }

  /** "X zitiert Y mit den Worten ...": Y speaks, X relays. */
  private Quotation relayed(Sentence s, Quotation q) {
    if (q.cue() == null) {
      return q;
    }
    if (!q.cue().phrase() && quotingVerbs.contains(q.cue().lemma())) {
      int[] relay = FrameSpeakers.relay(s, q.cue().verb(), q);
      if (relay != null) {
        return q.relayed(relay[0], relay[1]);
      }
    }
    int via = relayingSource(s, q);
    return via >= 0 && via != q.speakerHead() ? q.relayed(q.speakerHead(), via) : q;
  }

  /**
   * "kommentierte laut BBC", "so der Präsident laut BBC News": the source of a reporting phrase
   * that names it after itself ("laut", "gemäß", reporting-phrases.tsv) and stands in the frame,
   * not in the content nor as the frame's own cue; -1 when there is none.
   */
  private int relayingSource(Sentence s, Quotation q) {
    for (ReportingPhrases.Match m = phrases.find(s, 0);
        m != null;
        m = phrases.find(s, m.last() + 1)) {
      int source = m.side() == ReportingPhrases.Side.AFTER ? sourceOf(s, m) : -1;
      if (source >= 0
          && m.first() != q.cue().verb()
          && !q.covers(s.token(m.first()).begin())
          && !q.covers(s.token(source).begin())) {
        return source;
      }
    }
    return -1;
  }

  /**
   * For a frame after its content, the index of the comma (or closing quotation mark) that ends the
   * content; -1 when the frame is not post-posed. A post-posed frame is a clause that starts with
   * its verb (", sagte Kerry"; ", hatte Kerry erklärt"; "…?“ rief er") or with "wie"/"so" (", wie
   * Kerry sagte"; "„…“, so charakterisierte ihn X").
   */
  private static int postposedBoundary(Sentence s, int verb) {
    int k = verb - 1;
    while (k >= 0 && !isClauseBoundary(s.token(k))) {
      if (k < verb - MAX_FRAME_TOKENS) {
        return -1;
      }
      k--;
    }
    if (k <= 0) {
      return -1;
    }
    int start = k + 1;
    Token first = s.token(start);
    boolean verbFirst =
        start == verb
            || TENSE_AUXILIARIES.contains(first.word().toLowerCase(Locale.GERMAN))
                && (first.head() == verb || s.token(verb).head() == start);
    boolean wieOrSo = isWieOrSo(first);
    // ", wie Alan Stern, Direktor des Missionsrats der NASA(,) betont": the comma nearest the verb
    // sets off an apposition or relative clause of the frame's subject; the frame opens at an
    // earlier comma before "wie" or "so"
    boolean insideFrame =
        start == verb
            ? !hasSubjectAfter(s, verb)
            : !wieOrSo && !verbFirst && opensApposition(s, k, verb);
    if (insideFrame) {
      int opener = wieOrSoComma(s, k, verb);
      if (opener > 0) {
        k = opener;
        verbFirst = false;
        wieOrSo = true;
      }
    }
    if (!(verbFirst || wieOrSo)) {
      return -1;
    }
    Token boundary = s.token(k);
    if (boundary.word().equals(",")) {
      return k;
    }
    // "„…?“ sagte er": a closing mark after a sentence end, no comma
    return boundary.isQuotationMark() && endsSentence(s.token(k - 1)) ? k : -1;
  }

  /**
   * True when the words after the comma at {@code comma} up to the verb open with a noun phrase
   * that the parser hangs on a word before the comma (apposition, conjunct or attribute): "Alan
   * Stern, Direktor des Missionsrats"; not a clause of its own (", auf die Entlastung hinweist").
   */
  private static boolean opensApposition(Sentence s, int comma, int verb) {
    int first = comma + 1;
    if (first >= verb || !Set.of("NOUN", "PROPN", "DET", "ADJ").contains(s.token(first).pos())) {
      return false;
    }
    int top = first;
    for (int guard = 0; guard < s.size(); guard++) {
      int h = s.token(top).head();
      if (h <= comma || h >= verb) {
        break;
      }
      top = h;
    }
    int head = s.token(top).head();
    return head >= 0
        && head < comma
        && Set.of("appos", "conj", "nmod", "flat").contains(s.token(top).relation());
  }

  /**
   * The comma before "wie" or "so" that opens a frame ending at {@code verb}, found by scanning
   * back from the comma at {@code comma} over commas only; -1 when a colon, semicolon or quotation
   * mark comes first or the frame would grow too long.
   */
  private static int wieOrSoComma(Sentence s, int comma, int verb) {
    for (int k = comma - 1; k > 0 && k >= verb - MAX_FRAME_TOKENS; k--) {
      Token t = s.token(k);
      if (t.word().equals(",") && isWieOrSo(s.token(k + 1))) {
        return k;
      }
      if (isClauseBoundary(t) && !t.word().equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean hasSubjectAfter(Sentence s, int verb) {
    return s.children(verb, "nsubj").stream().anyMatch(c -> c > verb);
  }

  private static boolean isWieOrSo(Token t) {
    return Set.of("wie", "so").contains(t.word().toLowerCase(Locale.GERMAN));
  }

  /** True when the verb's subject stands before the boundary and none follows the verb. */
  private static boolean subjectOnlyBefore(Sentence s, int verb, int boundary) {
    boolean before = false;
    for (int c : s.children(verb)) {
      if (s.token(c).relation().equals("nsubj")) {
        if (c > verb) {
          return false;
        }
        before |= c < boundary && !s.token(c).pos().equals("PRON");
      }
    }
    return before;
  }

  /**
   * Content after a cue ends where a later post-posed frame begins ("..., betonte er"), or where a
   * frame coordinated with this one begins ("gab an, ... und erklärte, ...").
   */
  private static int contentLimit(Sentence s, Cue cue, List<Cue> cues) {
    int limit = s.size();
    for (Cue other : cues) {
      int comma = other.verb() > cue.verb() ? postposedBoundary(s, other.verb()) : -1;
      if (comma > cue.verb()) {
        limit = Math.min(limit, comma);
      }
      int and = other.verb() - 1;
      boolean coordinated =
          and > cue.verb()
              && s.token(and).pos().equals("CCONJ")
              && s.token(other.verb()).relation().equals("conj")
              && s.token(other.verb()).head() == cue.verb();
      if (coordinated) {
        limit = Math.min(limit, and);
      }
    }
    return limit;
  }

  private static boolean isClauseBoundary(Token t) {
    return t.word().equals(",")
        || t.word().equals(":")
        || t.word().equals(";")
        || t.isQuotationMark();
  }

  /** A framed quotation with the whole content its frame points at (before narrowing). */
  private record Framed(Quotation quotation, int rawBegin, int rawEnd) {
    boolean rawCovers(int offset) {
      return offset >= rawBegin && offset < rawEnd;
    }
  }

  private Optional<Framed> analyse(
      QuoteContext ctx, Sentence s, Cue cue, int postposedLimit, List<Cue> cues) {
    int verb = cue.verb();
    int boundary = s.token(verb).isVerb() ? postposedBoundary(s, verb) : -1;
    if (boundary >= 0 && subjectOnlyBefore(s, verb, boundary)) {
      boundary = -1; // "X, der ..., erklärte, ...": the part before the comma is the subject
    }
    if (boundary >= 0) {
      int last = boundary - 1;
      if (s.token(boundary).isQuotationMark() && !s.token(boundary).word().equals(",")) {
        last = boundary; // the closing mark itself ends the content
      }
      int first = Datelines.dash(s) + 1; // "Wien – " is no part of what was said
      int speaker = FrameSpeakers.speakerAfter(s, verb, first, last);
      Optional<Framed> post =
          framed(s, first, last, content(ctx, s, first, last, cue, true, false, speaker, cues));
      if (post.isPresent()) {
        return post;
      }
    }
    for (int j = verb + 1; j < postposedLimit && j < s.size(); j++) {
      Token t = s.token(j);
      if (j == cue.particle()) {
        continue;
      }
      if (ctx.inQuote(t) && !t.isQuotationMark()) {
        break;
      }
      int end = lastContentToken(s, postposedLimit);
      if (t.isQuotationMark() && j > verb && ctx.quoteAt(t.begin()) != null) {
        // "sagte er „...“", "bezeichnete ihn als „maßvoll“": the quotation follows the frame
        QuoteSpan q = ctx.quoteAt(t.begin());
        if (QuotedNames.isName(ctx.text(), q)) {
          // "laut „news.bbc.co.uk“ mit folgenden Worten: „...“": a name, not the quotation
          while (j + 1 < s.size() && s.token(j + 1).begin() < q.end()) {
            j++;
          }
          continue;
        }
        int last = j;
        while (last + 1 < s.size() && q.contains(s.token(last + 1).begin())) {
          last++;
        }
        int speaker = FrameSpeakers.speakerBefore(s, verb, j, last);
        return framed(s, j, last, content(ctx, s, j, last, cue, false, true, speaker, cues));
      }
      int apposition = t.word().equals(",") ? appositionAfter(s, j, verb) : -1;
      if (apposition > j) {
        // "ging Celebi, die Anwältin der Frau, davon aus, dass": the comma opens an apposition
        j = apposition;
        continue;
      }
      if (t.word().equals(":") || t.word().equals(",")) {
        boolean colon = t.word().equals(":");
        int speaker = FrameSpeakers.speakerBefore(s, verb, j + 1, end);
        if (colon && j >= end) {
          return nextSentenceQuote(ctx, s, cue, speaker)
              .map(q -> new Framed(q, q.begin(), q.end()));
        }
        boolean wieFrame = startsWithWie(s, verb);
        Optional<Quotation> q =
            content(ctx, s, j + 1, end, cue, colon || wieFrame, false, speaker, cues);
        if (q.isPresent()) {
          return framed(s, j + 1, end, q);
        }
        return nounObject(ctx, s, cue).map(o -> new Framed(o, o.begin(), o.end()));
      }
    }
    Optional<Quotation> infinitive = bareInfinitive(ctx, s, cue, postposedLimit, cues);
    if (infinitive.isPresent()) {
      return infinitive.map(o -> new Framed(o, o.begin(), o.end()));
    }
    return nounObject(ctx, s, cue).map(o -> new Framed(o, o.begin(), o.end()));
  }

  /**
   * The last token of an apposition that the comma at {@code comma} opens on a noun between the
   * verb and the comma ("sagte Celebi, die Anwältin der Frau, ..."); -1 when it opens none.
   */
  private static int appositionAfter(Sentence s, int comma, int verb) {
    if (comma + 1 >= s.size()) {
      return -1;
    }
    for (int a = comma + 1, guard = 0; a >= 0 && guard < s.size(); a = s.token(a).head(), guard++) {
      Token t = s.token(a);
      if (t.relation().equals("appos") && t.head() > verb && t.head() < comma) {
        return s.subtree(a).length() - 1;
      }
      if (t.isVerb()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "hatte angekündigt, bei der Wahl erneut anzutreten" written without its comma ("hatte
   * angekündigt bei der Wahl erneut anzutreten"): an infinitive clause that the parser hangs on the
   * verb of saying and that follows it directly.
   */
  private Optional<Quotation> bareInfinitive(
      QuoteContext ctx, Sentence s, Cue cue, int limit, List<Cue> cues) {
    int verb = Math.max(cue.verb(), cue.particle());
    for (int c : s.children(cue.verb())) {
      if (c <= verb || c >= limit || !Set.of("xcomp", "ccomp").contains(s.token(c).relation())) {
        continue;
      }
      // what stands between the verb and the infinitive belongs to the infinitive clause (the
      // parser often hangs it on the verb of saying)
      int first = verb + 1;
      int last = Math.min(s.subtree(c).length() - 1, limit - 1);
      boolean unbroken = true;
      for (int i = first; i <= c && unbroken; i++) {
        unbroken = !s.token(i).isPunct();
      }
      if (unbroken && infinitiveClause(s, first, last)) {
        int speaker = FrameSpeakers.speakerBefore(s, cue.verb(), first, last);
        return content(ctx, s, first, last, cue, true, false, speaker, cues);
      }
    }
    return Optional.empty();
  }

  private static Optional<Framed> framed(Sentence s, int first, int last, Optional<Quotation> q) {
    if (q.isEmpty() || first > last || last >= s.size()) {
      return q.map(x -> new Framed(x, x.begin(), x.end()));
    }
    int rawBegin = Math.min(s.token(first).begin(), q.get().begin());
    int rawEnd = Math.max(s.token(last).end(), q.get().end());
    return Optional.of(new Framed(q.get(), rawBegin, rawEnd));
  }

  private static boolean startsWithWie(Sentence s, int verb) {
    for (int i = 0; i < verb; i++) {
      Token t = s.token(i);
      if (!t.isPunct()) {
        return t.word().equalsIgnoreCase("wie");
      }
    }
    return false;
  }

  /**
   * Builds the statement for content tokens {@code first}..{@code last}: DIRECT when a quotation
   * fills it, MIXED when it holds one, INDIRECT when its form marks reported speech.
   *
   * @param anyMood accept indicative content (post-posed frames, colons, "wie X sagte")
   * @param directOnly accept only a quotation
   */
  private Optional<Quotation> content(
      QuoteContext ctx,
      Sentence s,
      int first,
      int last,
      Cue cue,
      boolean anyMood,
      boolean directOnly,
      int speaker,
      List<Cue> cues) {
    while (first <= last && s.token(first).isPunct() && !s.token(first).isQuotationMark()) {
      first++;
    }
    while (last >= first && s.token(last).isPunct() && !s.token(last).isQuotationMark()) {
      last--;
    }
    if (first > last || isTheQuestion(s, first)) {
      return Optional.empty();
    }
    final int from = first;
    final int to = last;
    boolean framesSpeech = cues.stream().anyMatch(c -> c.verb() >= from && c.verb() <= to);
    QuoteSpan full = framesSpeech ? null : ctx.fillingQuote(s, first, last);
    String cueText = ctx.cueText(s, cue);
    Optional<Quotation> direct =
        full == null
            ? Optional.empty()
            : Optional.of(
                new Quotation(
                    QuoteType.DIRECT,
                    s.index(),
                    full.contentBegin(),
                    full.contentEnd(),
                    cue,
                    cueText,
                    speaker,
                    -1,
                    ctx.sentenceAt(full.contentEnd() - 1)));
    if (directOnly) {
      return direct;
    }
    if (full != null && !verbOutside(s, first, last, full)) {
      // "meinte, der Ehemann „konnte sich nicht abfinden“": the quotation ends a clause whose
      // subject stands before it: the clause is the statement, the quotation its very words
      return clauseOpensBefore(s, first, full)
          ? Optional.of(
              new Quotation(
                  QuoteType.MIXED,
                  s.index(),
                  s.token(first).begin(),
                  Math.max(full.end(), s.token(last).end()),
                  cue,
                  cueText,
                  speaker,
                  -1,
                  ctx.sentenceAt(full.contentEnd() - 1)))
          : direct;
    }
    Optional<Quotation> reported =
        reportedContent(ctx, s, first, last, cue, cueText, anyMood, speaker);
    return reported.isPresent() ? reported : direct;
  }

  /**
   * "Auf die Frage, ob dies auch der Fall sei, sagte Kurz ...": content that opens with "auf die
   * Frage" is the question someone asked, not what the speaker said ("In der Frage der Verteilung
   * gebe es keine Einigung" is a statement).
   */
  private static boolean isTheQuestion(Sentence s, int first) {
    Token t = s.token(first);
    int noun = t.head();
    return t.word().equalsIgnoreCase("auf")
        && noun > first
        && QUESTION_NOUNS.contains(s.token(noun).word().toLowerCase(Locale.GERMAN));
  }

  /**
   * True when the subject of quotation {@code q}'s clause, or its "dass", stands in the content
   * before it ("der Ehemann „konnte …“", "dass, „wenn …“"; not a relative pronoun, not "Aber").
   */
  private static boolean clauseOpensBefore(Sentence s, int first, QuoteSpan q) {
    for (int i = first; i < s.size() && s.token(i).begin() < q.begin(); i++) {
      Token t = s.token(i);
      int h = t.head();
      String w = t.word().toLowerCase(Locale.GERMAN);
      boolean subject =
          t.relation().startsWith("nsubj") && isNominal(t) && !Determiners.isRelative(w);
      if ((subject || SUBORDINATORS.contains(w)) && h >= 0 && q.contains(s.token(h).begin())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reported content (INDIRECT, or MIXED when it holds a quotation) of tokens {@code
   * first}..{@code last}, when its form marks reported speech.
   */
  private Optional<Quotation> reportedContent(
      QuoteContext ctx,
      Sentence s,
      int first,
      int last,
      Cue cue,
      String cueText,
      boolean anyMood,
      int speaker) {
    boolean subordinate = SUBORDINATORS.contains(s.token(first).word().toLowerCase(Locale.GERMAN));
    if (subordinate) {
      first++;
    }
    if (first > last || !hasVerb(s, first, last)) {
      return Optional.empty();
    }
    if (!(anyMood
        || subordinate
        || infinitiveClause(s, first, last) && !afterNoun(s, first)
        || complementOf(s, cue.verb(), first, last)
        || mood.anySubjunctive(s, first, last))) {
      return Optional.empty();
    }
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    boolean holdsQuote = ctx.quotes().stream().anyMatch(q -> q.begin() >= begin && q.begin() < end);
    QuoteType type = holdsQuote ? QuoteType.MIXED : QuoteType.INDIRECT;
    return Optional.of(
        new Quotation(type, s.index(), begin, end, cue, cueText, speaker, -1, s.index()));
  }

  /**
   * True when the comma before {@code first} follows a noun object ("die Notwendigkeit, ... zu"),
   * whose infinitive belongs to the noun; not a prepositional phrase ("appellierte an X, ... zu").
   */
  private static boolean afterNoun(Sentence s, int first) {
    int noun = first - 2;
    return noun >= 0 && s.token(noun).pos().equals("NOUN") && s.children(noun, "case").isEmpty();
  }

  /** "forderte ihn auf, die Zahlung zu stoppen": content as an infinitive clause. */
  private static boolean infinitiveClause(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      Token t = s.token(i);
      boolean zu =
          t.word().equals("zu") && t.pos().equals("PART") && i < last && s.token(i + 1).isVerb();
      if (zu || t.isVerb() && SEPARABLE_ZU_INFINITIVE.matcher(t.word()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Der Testflug beginnt am Mittwoch. Dies gab Airbus bekannt.": a frame whose object is a
   * demonstrative reports the sentence before it.
   */
  private Optional<Quotation> anaphoric(QuoteContext ctx, Sentence s, List<Cue> cues) {
    int first = firstWord(s);
    Cue cue = cues.stream().filter(c -> opensWithAnaphor(s, c)).findFirst().orElse(null);
    if (s.index() == 0 || cue == null) {
      return Optional.empty();
    }
    Sentence previous = ctx.sentences().get(s.index() - 1);
    int from = firstWord(previous);
    int to = lastContentToken(previous, previous.size());
    if (from > to || !hasVerb(previous, from, to)) {
      return Optional.empty();
    }
    int speaker = FrameSpeakers.speakerAfter(s, cue.verb(), first, first);
    // "„Ja, es gibt Zumutungen“. Das musste Steinbrück einräumen.": a quotation's very words
    QuoteSpan quoted = ctx.fillingQuote(previous, 0, previous.size() - 1);
    return Optional.of(
        new Quotation(
            quoted != null ? QuoteType.DIRECT : QuoteType.INDIRECT,
            s.index(),
            quoted != null ? quoted.contentBegin() : previous.token(from).begin(),
            quoted != null ? quoted.contentEnd() : previous.token(to).end(),
            cue,
            ctx.cueText(s, cue),
            speaker,
            -1,
            s.index()));
  }

  /**
   * "Dies gab Airbus bekannt", "Das musste Steinbrück einräumen": a demonstrative, then within two
   * words the verb of saying or the auxiliary or modal verb that carries it.
   */
  private static boolean opensWithAnaphor(Sentence s, Cue cue) {
    int first = firstWord(s);
    Token anaphor = s.token(first);
    if (!ANAPHORS.contains(anaphor.word().toLowerCase(Locale.GERMAN))
        || anaphor.relation().equals("det") // "Das Innenministerium hat ... gesprochen"
        || !s.token(cue.verb()).isVerb()
        || passiveOrNegated(s, cue.verb())) {
      return false;
    }
    for (int i = first + 1; i <= first + 2 && i < s.size(); i++) {
      Token t = s.token(i);
      if (i == cue.verb() || t.head() == cue.verb() && t.relation().equals("aux")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Im Bundestag sind fünf Parteien vertreten:", "Das Treffen ist geplant": "sein" with the
   * participle of a verb of saying states a state; no one says anything. Verbs of saying form their
   * perfect with "haben", and a passive with "werden" stays a frame.
   */
  private static boolean statePassive(Sentence s, Cue cue) {
    if (cue.phrase()
        || !s.token(cue.verb()).pos().equals("VERB")
        || cue.lemma().endsWith("gehen")) {
      return false; // "ist davon ausgegangen": a verb of motion forms its perfect with "sein"
    }
    boolean sein = false;
    for (int c : s.children(cue.verb())) {
      String w = s.token(c).word().toLowerCase(Locale.GERMAN);
      if (s.token(c).relation().startsWith("aux")) {
        if (WERDEN.contains(w)
            || w.startsWith("hab")
            || w.startsWith("hat")
            || w.startsWith("hät")) {
          return false;
        }
        sein |= SEIN.contains(w);
      }
    }
    return sein;
  }

  /**
   * "Dies wurde vom Pentagon dementiert" (another's words denied), "Das wollte ein Sprecher nicht
   * bestätigen" (not confirmed): the verb is passive or negated.
   */
  private static boolean passiveOrNegated(Sentence s, int verb) {
    for (int c : s.children(verb)) {
      Token t = s.token(c);
      String w = t.word().toLowerCase(Locale.GERMAN);
      if (t.deprel().equals("aux:pass")
          || t.relation().equals("aux") && WERDEN.contains(w)
          || NEGATIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when the parser made the content a clausal complement (ccomp) of the verb. */
  private static boolean complementOf(Sentence s, int verb, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).head() == verb && s.token(i).relation().equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /** "Kerry sagte:" at a sentence end frames the quotation that opens the next sentence. */
  private Optional<Quotation> nextSentenceQuote(
      QuoteContext ctx, Sentence s, Cue cue, int speaker) {
    if (s.index() + 1 >= ctx.sentences().size()) {
      return Optional.empty();
    }
    Sentence next = ctx.sentences().get(s.index() + 1);
    QuoteSpan q = ctx.fillingQuote(next, 0, next.size() - 1);
    if (q == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Quotation(
            QuoteType.DIRECT,
            s.index(),
            q.contentBegin(),
            q.contentEnd(),
            cue,
            ctx.cueText(s, cue),
            speaker,
            -1,
            ctx.sentenceAt(q.contentEnd() - 1)));
  }

  /** "Lawrow betonte die Notwendigkeit, eine Einheitsfront zu bilden": a long noun object. */
  private Optional<Quotation> nounObject(QuoteContext ctx, Sentence s, Cue cue) {
    if (s.index() > 0 && opensWithAnaphor(s, cue)) {
      // "Dies berichtet das SITE-Institut, das ...": the object speaks; the sentence before is
      // what was said
      return Optional.empty();
    }
    for (int c : s.children(cue.verb())) {
      if (c < cue.verb() || !isReportedObject(s, c)) {
        continue;
      }
      var sub = s.subtree(c);
      int first = sub.nextSetBit(0);
      int last = sub.length() - 1;
      while (first < last && s.token(first).isPunct()) {
        first++;
      }
      if (first <= cue.verb() || last - first + 1 < MIN_OBJECT_TOKENS) {
        continue;
      }
      // the gold convention and the reader's view: the whole sentence is the report
      int from = firstWord(s);
      int to = lastContentToken(s, s.size());
      return Optional.of(
          new Quotation(
              QuoteType.REPORTED,
              s.index(),
              s.token(from).begin(),
              s.token(to).end(),
              cue,
              ctx.cueText(s, cue),
              FrameSpeakers.speakerBefore(s, cue.verb(), first, last),
              -1,
              s.index()));
    }
    return Optional.empty();
  }

  /**
   * A noun object with a clause in it ("die Notwendigkeit, eine Einheitsfront zu bilden"), or
   * "von"/"über" + noun ("sprach von 800 Autos"); not a plain object ("erläuterte die Politik").
   */
  private static boolean isReportedObject(Sentence s, int c) {
    Token t = s.token(c);
    if (t.pos().equals("PRON")) {
      return false;
    }
    String rel = t.relation();
    if (rel.equals("xcomp") || rel.equals("ccomp")) {
      return true;
    }
    if (rel.equals("obj")) {
      var sub = s.subtree(c);
      for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
        if (i != c && s.token(i).isVerb()) {
          return true;
        }
      }
      return false;
    }
    return rel.equals("obl")
        && s.children(c, "case").stream()
            .map(i -> s.token(i).word().toLowerCase(Locale.GERMAN))
            .anyMatch(w -> w.equals("von") || w.equals("über"));
  }

  /** "Der Vorschlag kam Kerry zufolge von russischer Seite": a reporting phrase, no verb. */
  private Optional<Quotation> reported(QuoteContext ctx, Sentence s) {
    ReportingPhrases.Match m = phrases.find(s, 0);
    while (m != null && ctx.inQuote(s.token(m.first()))) {
      m = phrases.find(s, m.last() + 1);
    }
    if (m == null) {
      return Optional.empty();
    }
    int source = sourceOf(s, m);
    int frameFirst = m.first();
    int frameLast = m.last();
    if (source >= 0) {
      var sub = s.subtree(source);
      sub.set(source);
      if (m.side() == ReportingPhrases.Side.BEFORE) {
        while (frameFirst - 1 >= 0
            && sub.get(frameFirst - 1)
            && !s.token(frameFirst - 1).isVerb()) {
          frameFirst--;
        }
      } else {
        while (frameLast + 1 < s.size()
            && sub.get(frameLast + 1)
            && !s.token(frameLast + 1).isVerb()
            && !NounPhrases.startsNew(s, frameLast + 1)
            && !s.token(frameLast + 1).isQuotationMark()) {
          frameLast++;
        }
        frameLast = throughQuotedName(ctx, s, frameLast);
      }
    }
    int first = firstWord(s);
    int last = lastContentToken(s, s.size());
    if (m.side() == ReportingPhrases.Side.CLOSING) {
      last = m.first() - 2; // before ", so X"
    } else if (frameFirst <= first) {
      first = frameLast + 1;
    } else if (frameLast >= last) {
      last = frameFirst - 1;
    }
    while (first <= last && s.token(first).isPunct() && !s.token(first).isQuotationMark()) {
      first++;
    }
    while (last >= first && s.token(last).isPunct() && !s.token(last).isQuotationMark()) {
      last--;
    }
    if (first > last || !hasVerb(s, first, last)) {
      return Optional.empty();
    }
    String words = ctx.text().span(s, m.first(), m.last());
    // the cue is the phrase's own word ("nach" in "seiner Meinung nach"), not the source noun
    int cueToken = m.source() >= 0 && m.source() < m.last() ? m.last() : m.first();
    Cue cue = Cue.phrase(cueToken, words.toLowerCase(Locale.GERMAN));
    int speaker = m.side() == ReportingPhrases.Side.NONE ? m.first() : source;
    QuoteSpan quoted =
        m.side() == ReportingPhrases.Side.CLOSING ? wholeQuoteEndingAt(ctx, s, first, last) : null;
    if (quoted != null) {
      // "„Wir werden das Gesetz ändern“, so der Minister": the words in the marks, said directly
      return Optional.of(
          new Quotation(
              QuoteType.DIRECT,
              s.index(),
              quoted.contentBegin(),
              quoted.contentEnd(),
              cue,
              words,
              speaker,
              -1,
              s.index()));
    }
    return Optional.of(
        new Quotation(
            QuoteType.REPORTED,
            s.index(),
            s.token(first).begin(),
            s.token(last).end(),
            cue,
            words,
            speaker,
            -1,
            s.index()));
  }

  /**
   * The quotation that opens this sentence's content and closes at token {@code last}, when the
   * content is nothing but it; else null.
   */
  private static QuoteSpan wholeQuoteEndingAt(QuoteContext ctx, Sentence s, int first, int last) {
    if (!s.token(last).isQuotationMark()) {
      return null;
    }
    QuoteSpan q = ctx.quoteAt(s.token(last).begin());
    boolean opensContent =
        q != null && q.begin() >= s.begin() && q.begin() <= s.token(first).begin();
    boolean onlyPunctBefore = true;
    for (int i = 0; opensContent && i < s.size() && s.token(i).end() <= q.begin(); i++) {
      onlyPunctBefore &= s.token(i).isPunct();
    }
    return opensContent && onlyPunctBefore && q.end() == s.token(last).end() ? q : null;
  }

  /**
   * "nach Angaben des Magazins „Der Spiegel“ sei ...": the source's name in quotation marks right
   * after the phrase belongs to it, not to what was said. Returns the closing mark, or {@code last}
   * when no short quoted name follows.
   */
  private static int throughQuotedName(QuoteContext ctx, Sentence s, int last) {
    int open = last + 1;
    if (open >= s.size() || !s.token(open).isQuotationMark()) {
      return last;
    }
    QuoteSpan name = ctx.quoteAt(s.token(open).begin());
    if (name == null
        || name.begin() != s.token(open).begin()
        || name.end() > s.end()
        || !QuotedNames.isName(ctx.text(), name)) {
      return last;
    }
    int close = open;
    while (close + 1 < s.size() && s.token(close + 1).end() <= name.end()) {
      close++;
      if (s.token(close).isVerb() || close - open > QuotedNames.MAX_NAME_TOKENS + 1) {
        return last;
      }
    }
    return close;
  }

  /** The nearest noun or name before token {@code i} within three words, or -1. */
  private static int nominalBefore(Sentence s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String pos = s.token(k).pos();
      if (pos.equals("NOUN") || pos.equals("PROPN")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean endsSentence(Token t) {
    return t.word().equals("!") || t.word().equals("?") || t.word().equals(".");
  }

  /** The head of the source phrase of a reporting phrase, or -1 when it names none. */
  private static int sourceOf(Sentence s, ReportingPhrases.Match m) {
    return switch (m.side()) {
      case BEFORE -> {
        // "Medienberichten zufolge": the noun the phrase hangs on, else the word before it (the
        // parser may hang "zufolge" on the verb as its particle)
        int head = s.token(m.first()).head();
        int before = m.first() - 1;
        if (head >= 0
            && s.token(head).ner().equals("O") // "Juli Zeh zufolge" names a person
            && TemporalExpressions.isCalendarWord(s.token(head).word())) {
          // "dem Bericht vom Donnerstag zufolge": the report, not the day
          head = nominalBefore(s, s.subtree(head).nextSetBit(0));
          before = -1;
        }
        yield head >= 0 && head < m.first() && isNominal(s.token(head))
            ? head
            : before >= 0 && isNominal(s.token(before)) ? before : -1;
      }
      case AFTER -> {
        int head = s.token(m.last()).head();
        yield head > m.last() ? head : (m.last() + 1 < s.size() ? m.last() + 1 : -1);
      }
      case SELF -> m.source(); // "nach Angaben der Polizei": the phrase names the source
      case CLOSING -> {
        for (int i = m.last() + 1; i < s.size() && !s.token(i).isPunct(); i++) {
          String pos = s.token(i).pos();
          if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON")) {
            yield i;
          }
        }
        yield -1;
      }
      case NONE -> -1;
    };
  }
}
