package io.sprecher.speaker;

import io.sprecher.lexicon.NameParticles;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import io.sprecher.quote.Datelines;
import io.sprecher.quote.NounPhrases;
import io.sprecher.quote.Quotation;
import io.sprecher.quote.QuotedNames;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the phrase that names a speaker begins and ends: the subtree of the frame's speaker token
 * without clauses, quotations and the frame's own phrases, widened over a quoted name ("die Zeitung
 * „The Guardian“"), an organisation's name after its noun, a truncated compound ("Kongress- und
 * Verteidigungskreise") and a name the parse splits.
 */
final class SpeakerPhrase {

  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");
  private static final Set<String> BEFORE_QUOTED_NAME = Set.of("NOUN", "PROPN", "DET", "ADP");
  private static final Pattern DASH = Pattern.compile("\\p{Pd}+");
  private static final Set<String> FUNCTION_WORDS = Set.of("ADP", "DET", "CCONJ", "ADV");
  private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie");
  private static final Set<String> FRAME_PREPOSITIONS =
      Set.of(
          "an",
          "am",
          "bei",
          "beim",
          "nach",
          "vor",
          "seit",
          "während",
          "um",
          "gegenüber",
          "laut",
          "mit",
          "gemäß",
          "zu",
          "zum",
          "zur");

  /** Prepositions before a medium noun that make a phrase the frame's: "in einer Aussendung". */
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "im", "auf");

  private final OrganisationNouns organisations;
  private final MediumNouns media = new MediumNouns();

  SpeakerPhrase(OrganisationNouns organisations) {
    this.organisations = organisations;
  }

  /**
   * The tokens of the phrase that names the speaker: the phrase around {@code head}, widened to the
   * whole name where the parse splits one ("Karl-Theodor zu Guttenberg").
   */
  int[] mentionRange(Sentence s, List<NameSpan> names, int speakerHead, Quotation q) {
    int head = nounBeforeQuotedName(s, speakerHead);
    int[] range = phraseRange(s, head, q);
    for (NameSpan n : names) {
      if (n.sentence() == s.index() && n.contains(head) && !q.covers(s.token(n.first()).begin())) {
        range = new int[] {Math.min(range[0], n.first()), Math.max(range[1], n.last())};
      }
    }
    return range;
  }

  /** The contiguous phrase of the speaker: the head's subtree without clauses, within the frame. */
  private int[] phraseRange(Sentence s, int speakerHead, Quotation q) {
    int head = phraseHead(s, speakerHead, q);
    BitSet sub = nounPhrase(s, head);
    if (s.token(head).isQuotationMark()) {
      // "der „Frankfurter Allgemeine Zeitung“": the parser made the opening mark the head
      int close = closingMark(s, head);
      for (int i = head; i <= close; i++) {
        sub.or(nounPhrase(s, i));
      }
    }
    // a speaker inside the content ("Die Firma wartet laut X ...") may extend over it; one in
    // the frame stops where the content begins
    boolean inContent = q.covers(s.token(head).begin());
    int cue = q.cue() != null && q.cue().phrase() ? q.cue().verb() : -1;
    int first = head;
    int last = head;
    boolean grown = true;
    while (grown) {
      grown = false;
      // grow over members of the phrase, and over a comma between two members (apposition)
      if (first - 1 >= 0
          && allowed(s, q, inContent, cue, first - 1)
          && (sub.get(first - 1)
              || attachedInside(s, first - 1, first, last)
              || s.token(first - 1).end() == s.token(first).begin()
              || isComma(s, first - 1) && first - 2 >= 0 && sub.get(first - 2))) {
        first--;
        grown = true;
      }
      if (last + 1 < s.size()
          && allowed(s, q, inContent, cue, last + 1)
          && !NounPhrases.startsNew(s, last + 1)
          && (sub.get(last + 1)
              || isComma(s, last + 1) && last + 2 < s.size() && sub.get(last + 2))) {
        last++;
        grown = true;
      }
    }
    if (last + 1 < s.size()
        && isClosingQuote(s.token(last + 1))
        && s.token(last + 1).begin() == s.token(last).end()
        && opensQuote(s, first, last + 1)
        && allowed(s, q, inContent, cue, last + 1)) {
      // "laut „news.bbc.co.uk“": the mark closing a quoted name the phrase opens, whatever the
      // parser hung it on
      last++;
    }
    last = throughQuotedName(s, q, inContent, cue, last);
    last = throughOrganisationName(s, q, inContent, cue, last);
    last = throughTruncatedCompound(s, q, inContent, cue, last);
    last = withoutTrailingFramePhrase(s, head, first, last);
    last = withoutTrailingFunctionWords(s, head, first, endOfQuotedName(s, head, last));
    while (first < last
        && (isPunctuation(s.token(first)) && !isOpeningQuote(s.token(first))
            || isClosingQuote(s.token(first)) && !isOpeningQuote(s.token(first))
            || s.token(first).pos().equals("ADP") && !opensPersonName(s, first, last)
            || first <= cue && cue < head)) {
      // "Laut Polizei", ", so Murtha": a reporting phrase before its source is not part of it;
      // one after it ("eigenen Angaben zufolge") leaves the words before the source in it
      first++;
    }
    return new int[] {first, last};
  }

  /**
   * "der mexikanische Präsident von der „…", "der US-Präsident als": a phrase the content or a
   * coordination cut off ends neither in a preposition, an article or a conjunction (words only:
   * the tagger calls a bracket ADP at times) nor in punctuation, other than the closing mark or
   * bracket of something it opens; the two alternate until neither is left.
   */
  private static int withoutTrailingFunctionWords(Sentence s, int head, int first, int last) {
    int before;
    do {
      before = last;
      while (last > head
          && FUNCTION_WORDS.contains(s.token(last).pos())
          && Character.isLetter(s.token(last).word().charAt(0))) {
        last--;
      }
      while (last > first
          && isPunctuation(s.token(last))
          && !(isClosingQuote(s.token(last)) && opensQuote(s, first, last))
          && !(s.token(last).word().equals(")") && opens(s, first, last))) {
        last--;
      }
    } while (last != before);
    return last;
  }

  /**
   * "die britische Tageszeitung „The Guardian“ berichtete": where the parser made a quotation mark
   * the speaker, the noun before the quoted name is the head of the phrase.
   */
  static int nounBeforeQuotedName(Sentence s, int head) {
    boolean nounBefore = head > 0 && s.token(head - 1).pos().equals("NOUN");
    return s.token(head).isQuotationMark() && nounBefore ? head - 1 : head;
  }

  /**
   * The quotation mark that closes the short quotation opened at {@code open}, else {@code open}.
   */
  private static int closingMark(Sentence s, int open) {
    for (int i = open + 1; i < s.size() && i <= open + QuotedNames.MAX_NAME_TOKENS + 1; i++) {
      if (s.token(i).isQuotationMark()) {
        return i;
      }
    }
    return open;
  }

  /**
   * "laut „Reuters“ Warnschüsse": a name in quotation marks ends at its closing mark, whatever the
   * parser hung on it; a word written onto the mark ("„Spiegel“-Bericht"), punctuation, a genitive
   * ("des „Parteiparlaments“ der Kommunistischen Partei") and a coordinated name stay.
   */
  private static int endOfQuotedName(Sentence s, int head, int last) {
    int open = head;
    while (open >= 0
        && head - open <= QuotedNames.MAX_NAME_TOKENS
        && !isOpeningQuote(s.token(open))) {
      open--;
    }
    if (open < 0 || !isOpeningQuote(s.token(open))) {
      return last;
    }
    int close = closingMark(s, open);
    if (close <= head || close >= last) {
      return last;
    }
    Token after = s.token(close + 1);
    if (after.begin() == s.token(close).end()
        || after.isPunct()
        || after.pos().equals("DET")
        || COORDINATORS.contains(after.word().toLowerCase(Locale.GERMAN))) {
      // "„Ärzte ohne Grenzen“ sowie das Internationale Rote Kreuz": several speakers
      return last;
    }
    return close;
  }

  /**
   * Widens the phrase over a quoted name right after it, whatever the parser hung the name on: "des
   * Magazins „Der Spiegel“", "einem Bericht der „Frankfurter Allgemeine Zeitung“", "von „BBC
   * News“". The quotation is short and has no verb, and follows a noun, an article or a
   * preposition.
   */
  private static int throughQuotedName(
      Sentence s, Quotation q, boolean inContent, int cue, int last) {
    int open = last + 1;
    if (open >= s.size()
        || !isOpeningQuote(s.token(open))
        || !BEFORE_QUOTED_NAME.contains(s.token(last).pos())) {
      return last;
    }
    int close = closingMark(s, open);
    if (close <= open + 1) {
      return last; // no short quotation, or an empty one
    }
    for (int i = open; i <= close; i++) {
      if (!allowed(s, q, inContent, cue, i) || s.token(i).isVerb()) {
        return last;
      }
    }
    return close;
  }

  /**
   * Widens the phrase over an organisation's name right after a noun of organisations, whatever the
   * parser hung the name on: "der Gewerkschaft Nahrung-Genuss-Gaststätten".
   */
  private int throughOrganisationName(
      Sentence s, Quotation q, boolean inContent, int cue, int last) {
    Token noun = s.token(last);
    if (!noun.pos().equals("NOUN")
        || !noun.ner().equals("O")
        || !organisations.isOrganisation(noun.word())) {
      return last;
    }
    int end = last;
    while (end + 1 < s.size()
        && s.token(end + 1).ner().equals("ORGANIZATION")
        && allowed(s, q, inContent, cue, end + 1)) {
      end++;
    }
    return end;
  }

  /**
   * "Kongress- und Verteidigungskreise": a compound cut short before "und" or "oder" shares its end
   * with the noun after; the phrase takes both.
   */
  private static int throughTruncatedCompound(
      Sentence s, Quotation q, boolean inContent, int cue, int last) {
    int hyphen = last + 1;
    int noun = last + 3;
    if (noun >= s.size()
        || !s.token(hyphen).word().equals("-")
        || s.token(hyphen).begin() != s.token(last).end()
        || !COORDINATORS.contains(s.token(last + 2).word())
        || !NOUNS.contains(s.token(noun).pos())
        || !allowed(s, q, inContent, cue, noun)) {
      return last;
    }
    return noun;
  }

  /** "Von der Leyen": a name particle the tagger took for a preposition, before a person. */
  private static boolean opensPersonName(Sentence s, int first, int last) {
    if (!NameParticles.opensName(s.token(first).word())) {
      return false;
    }
    int name = first + 1;
    if (name < last && NameParticles.isArticle(s.token(name).word())) {
      name++;
    }
    return name <= last && s.token(name).ner().equals("PERSON");
  }

  /**
   * True when the phrase may take token {@code i}: not the phrase cue, not the verb's separable
   * particle ("teilte die Organisation auf Twitter mit": "mit" is the frame's), and outside the
   * content unless the speaker stands in it.
   */
  private static boolean allowed(Sentence s, Quotation q, boolean inContent, int cue, int i) {
    boolean particle = q.cue() != null && i == q.cue().particle();
    return i != cue && !particle && (inContent || !q.covers(s.token(i).begin()));
  }

  private static boolean isComma(Sentence s, int i) {
    return s.token(i).word().equals(",");
  }

  /** A noun or modifier just before the phrase that the parser hung on a word inside it. */
  private static boolean attachedInside(Sentence s, int i, int first, int last) {
    Token t = s.token(i);
    boolean nominal =
        t.pos().equals("NOUN")
            || t.pos().equals("PROPN")
            || t.pos().equals("ADJ")
            || t.pos().equals("DET");
    return nominal && t.head() >= first && t.head() <= last;
  }

  /**
   * Cuts a time or place phrase that ends the speaker's phrase ("so Celebi im Kölner
   * Stadt-Anzeiger", "Kerry am Mittwoch"); one in the middle ("der Gesandte in Damaskus für die
   * Gespräche, X") stays.
   */
  private int withoutTrailingFramePhrase(Sentence s, int head, int first, int last) {
    boolean cut = true;
    while (cut) {
      cut = false;
      for (int c = head + 1; c <= last; c++) {
        if (isFrameModifier(s, c)) {
          BitSet sub = s.subtree(c);
          int from = sub.nextSetBit(0);
          if (from > head && sub.length() - 1 >= last) {
            last = from - 1;
            cut = true;
            break;
          }
        }
      }
    }
    return Math.max(first, last);
  }

  /** Relations that stay inside a noun phrase. */
  private static final Set<String> NOUN_PHRASE =
      Set.of(
          "det",
          "amod",
          "nmod",
          "case",
          "flat",
          "appos",
          "compound",
          "nummod",
          "punct",
          "cc",
          "conj");

  /** The head and its dependents that belong to its noun phrase, without clauses or frame PPs. */
  private static BitSet nounPhrase(Sentence s, int head) {
    BitSet in = new BitSet(s.size());
    in.set(head);
    for (int c : s.children(head)) {
      String rel = s.token(c).relation();
      // an adjective after its noun is an adverb the parser misread ("so Guttenberg wörtlich")
      boolean postposedAdjective = rel.equals("amod") && c > head;
      if (NOUN_PHRASE.contains(rel) && !postposedAdjective) {
        in.or(nounPhrase(s, c));
      }
    }
    return in;
  }

  /**
   * The head of the whole name phrase: "Winterkorn" in "VW-Chef Winterkorn" hangs as apposition on
   * "Chef" in CoreNLP's parse; the phrase is "VW-Chef Winterkorn".
   */
  private static int phraseHead(Sentence s, int head, Quotation q) {
    int dateline = Datelines.dash(s);
    int h = head;
    for (int guard = 0; guard < 3; guard++) {
      Token t = s.token(h);
      String rel = t.relation();
      int parent = t.head();
      if (parent >= 0 && q.covers(s.token(parent).begin()) && !q.covers(t.begin())) {
        return h; // "„Es war eine lustige Idee“, so die Agenturgründer": not into the content
      }
      boolean nameOnNoun =
          (rel.equals("appos") || rel.equals("flat"))
              && parent >= 0
              && parent < h
              && (h - parent <= 3 || rel.equals("appos") && h - parent <= 12)
              && (s.token(parent).pos().equals("NOUN") || s.token(parent).pos().equals("PROPN"))
              && !newNounPhraseBetween(s, parent, h)
              && !(parent <= dateline && h > dateline); // not into "Wien – "
      if (!nameOnNoun) {
        return h;
      }
      h = parent;
    }
    return h;
  }

  /** "des Gesetzes | Die Universität": a determiner after {@code from} opens another phrase. */
  private static boolean newNounPhraseBetween(Sentence s, int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      if (NounPhrases.startsNew(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** "am Montag", "bei einem Treffen": a modifier of the frame the parser hung on the speaker. */
  private boolean isFrameModifier(Sentence s, int c) {
    if (!s.token(c).relation().equals("nmod") && !s.token(c).relation().equals("obl")) {
      return false;
    }
    boolean medium = media.isMedium(s.token(c).word());
    return s.children(c, "case").stream()
        .map(i -> s.token(i).word().toLowerCase(Locale.GERMAN))
        .anyMatch(p -> FRAME_PREPOSITIONS.contains(p) || medium && MEDIUM_PREPOSITIONS.contains(p));
  }

  /** Punctuation by its tag, or a dash: the tagger calls a dash PROPN at times. */
  private static boolean isPunctuation(Token t) {
    return t.isPunct() || DASH.matcher(t.word()).matches();
  }

  private static boolean opensQuote(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isOpeningQuote(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opens(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.token(i).word().equals("(")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClosingQuote(Token t) {
    return "“”«»\"".contains(t.word());
  }

  private static boolean isOpeningQuote(Token t) {
    return "„»«\"".contains(t.word());
  }
}
