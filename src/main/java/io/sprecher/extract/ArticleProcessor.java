package io.sprecher.extract;

import io.sprecher.article.Article;
import io.sprecher.article.ArticleId;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Annotator;
import io.sprecher.nlp.ParseCap;
import io.sprecher.nlp.ParseSelector;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import io.sprecher.quote.Quotation;
import io.sprecher.quote.QuotationFinder;
import io.sprecher.quote.QuotationMarkScanner;
import io.sprecher.quote.QuoteSpan;
import io.sprecher.quote.QuoteType;
import io.sprecher.quote.QuotedNames;
import io.sprecher.quote.StatementSentences;
import io.sprecher.speaker.Attribution;
import io.sprecher.speaker.NameSpan;
import io.sprecher.speaker.NameSpans;
import io.sprecher.speaker.PersonNames;
import io.sprecher.speaker.Speaker;
import io.sprecher.speaker.SpeakerResolver;
import io.sprecher.time.StatementDates;
import java.util.ArrayList;
import java.util.List;

/**
 * The core pipeline for one article, free of Spark: annotate, find quotations, resolve speakers,
 * date them, and build the rows of the output tables. Thread-safe; build one per JVM or task.
 */
public final class ArticleProcessor {

  /** The medium of statements without a verb of saying ("laut X", "X zufolge"). */
  static final String DEFAULT_MEDIUM = "SW";

  /** The default of {@code nlp.maxSentenceChars}: three times the longest sentence seen. */
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 2000;

  private final Annotator annotator;
  private final int maxSentenceChars;
  private final ParseSelector parse;
  private final QuotationFinder finder;
  private final SpeakerResolver speakers;
  private final QuotationMarkScanner scanner = new QuotationMarkScanner();
  private final StatementDates dater = new StatementDates();

  public ArticleProcessor(Annotator annotator) {
    this(annotator, DEFAULT_MAX_SENTENCE_CHARS, ParseScope.STATEMENTS);
  }

  /**
   * A processor that blanks out stretches without a sentence end over {@code maxSentenceChars} and
   * parses the sentences {@code scope} names.
   */
  public ArticleProcessor(Annotator annotator, int maxSentenceChars, ParseScope scope) {
    this(annotator, maxSentenceChars, scope, new QuotationFinder(), new SpeakerResolver());
  }

  public ArticleProcessor(Annotator annotator, QuotationFinder finder, SpeakerResolver speakers) {
    this(annotator, DEFAULT_MAX_SENTENCE_CHARS, ParseScope.STATEMENTS, finder, speakers);
  }

  private ArticleProcessor(
      Annotator annotator,
      int maxSentenceChars,
      ParseScope scope,
      QuotationFinder finder,
      SpeakerResolver speakers) {
    this.annotator = annotator;
    this.maxSentenceChars = maxSentenceChars;
    this.parse = scope == ParseScope.ALL ? ParseSelector.ALL : new StatementSentences();
    this.finder = finder;
    this.speakers = speakers;
  }

  public ArticleResult process(Article article) {
    long start = System.nanoTime();
    ParseCap.Capped capped = ParseCap.apply(article.text(), maxSentenceChars);
    AnnotatedText text = annotator.annotate(capped.text(), parse);
    long annotated = System.nanoTime();
    List<QuoteSpan> marks = scanner.scan(capped.text());
    List<Quotation> quotations = finder.find(text, marks);
    List<Attribution> resolved = speakers.attribute(text, quotations);
    List<StatementDates.Dated> dates =
        dater.date(article.text(), article.published(), frames(text, quotations, resolved));
    List<Statement> statements = new ArrayList<>(quotations.size());
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      String medium = medium(quotations, q);
      List<Span> parts = q.type() == QuoteType.DIRECT ? List.of() : quotedParts(text, marks, q);
      statements.add(statement(article, text, q, resolved.get(i), dates.get(i), medium, parts));
    }
    return new ArticleResult(
        article,
        statements,
        mentions(article, text),
        text.sentences().size(),
        text.tokenCount(),
        capped.blankedChars(),
        (int) text.sentences().stream().filter(Sentence::isParsed).count(),
        annotated - start,
        System.nanoTime() - annotated);
  }

  /** Where each statement stands, for dating. */
  private static List<StatementDates.Frame> frames(
      AnnotatedText text, List<Quotation> quotations, List<Attribution> attributions) {
    List<StatementDates.Frame> frames = new ArrayList<>(quotations.size());
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      Sentence s = text.sentences().get(q.sentence());
      int cue = q.cue() == null ? -1 : s.token(q.cue().verb()).begin();
      frames.add(
          new StatementDates.Frame(
              s.begin(),
              s.end(),
              q.begin(),
              q.end(),
              cue,
              attributions.get(i).speaker().name(),
              q.continues()));
    }
    return frames;
  }

  private static Statement statement(
      Article a,
      AnnotatedText text,
      Quotation q,
      Attribution at,
      StatementDates.Dated dated,
      String medium,
      List<Span> quotedParts) {
    String id = ArticleId.of(a.id(), q.begin() + ":" + q.end()).substring(0, 16);
    Speaker sp = at.speaker();
    List<Span> cueSpans = new ArrayList<>();
    if (q.cue() != null) {
      Sentence s = text.sentences().get(q.sentence());
      cueSpans.add(new Span(s.token(q.cue().verb()).begin(), s.token(q.cue().verb()).end()));
      if (q.cue().particle() >= 0) {
        Token p = s.token(q.cue().particle());
        cueSpans.add(new Span(p.begin(), p.end()));
      }
    }
    return new Statement(
        id,
        a.id(),
        sp.name(),
        sp.type(),
        sp.mention(),
        sp.role(),
        q.cueText(),
        cueSpans,
        at.hasMention() ? new Span(at.mentionBegin(), at.mentionEnd()) : null,
        at.via() == null ? null : nameOrMention(at.via().speaker()),
        at.via() == null ? null : new Span(at.via().mentionBegin(), at.via().mentionEnd()),
        medium,
        quotedParts,
        q.type(),
        a.text().substring(q.begin(), q.end()),
        q.begin(),
        q.end(),
        q.sentence(),
        dated.date(),
        dated.source(),
        dated.expression(),
        a.published(),
        a.sourceFile());
  }

  private static String nameOrMention(Speaker sp) {
    return sp.name() != null ? sp.name() : sp.mention();
  }

  /** The quotations inside a statement's content that are words, not names ("Reuters"). */
  private static List<Span> quotedParts(AnnotatedText text, List<QuoteSpan> marks, Quotation q) {
    List<Span> parts = new ArrayList<>();
    for (QuoteSpan m : marks) {
      // the closing mark may stand just after the content (CoreNLP puts "“" after a full stop into
      // the next sentence)
      boolean inside = m.begin() >= q.begin() && m.contentEnd() <= q.end() + 1;
      if (inside && !QuotedNames.isName(text, m)) {
        parts.add(new Span(m.begin(), m.end()));
      }
    }
    return parts;
  }

  /** The medium of the cue; a continuation has that of the statement it continues. */
  private static String medium(List<Quotation> all, Quotation q) {
    Quotation at = q;
    for (int guard = 0; at.continues() >= 0 && guard < all.size(); guard++) {
      at = all.get(at.continues());
    }
    return at.cue() != null ? at.cue().medium() : DEFAULT_MEDIUM;
  }

  private static List<Mention> mentions(Article a, AnnotatedText text) {
    List<NameSpan> names = NameSpans.of(text);
    PersonNames persons = new PersonNames(names);
    List<Mention> out = new ArrayList<>(names.size());
    for (NameSpan n : names) {
      var s = text.sentences().get(n.sentence());
      out.add(
          new Mention(
              a.id(),
              n.sentence(),
              n.text(),
              n.type(),
              s.token(n.first()).begin(),
              s.token(n.last()).end(),
              n.type().equals("PERSON") ? persons.canonical(n.text()) : null));
    }
    return out;
  }
}
