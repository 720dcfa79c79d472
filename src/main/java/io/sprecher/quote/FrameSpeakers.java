package io.sprecher.quote;

import io.sprecher.lexicon.Determiners;
import io.sprecher.lexicon.NameParticles;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Where the speaker of a frame stands: the subject of the verb of saying outside its content, the
 * agent of a passive, the document of "In dem Papier heißt es", the relative pronoun's noun, or,
 * when the parse names no subject, the nearest name or noun on the frame's side. Returns token
 * indices in the sentence; -1 when the frame names nobody.
 */
final class FrameSpeakers {

  /** subjectOf: the frame names nobody ("man sagt", a passive without agent). */
  static final int NO_SPEAKER = -2;

  private FrameSpeakers() {}

  /**
   * The parser sometimes takes a fronted object for the subject ("Jede Verantwortung weist Hartmann
   * von sich"): a person named in the clause without a preposition is then the speaker.
   */
  static int namedInsteadOf(Sentence s, int subject, int end) {
    if (s.token(subject).isNamed() || s.token(subject).pos().equals("PRON")) {
      return subject;
    }
    for (int i = 0; i < end; i++) {
      Token t = s.token(i);
      if (t.ner().equals("PERSON") && s.children(i, "case").isEmpty()) {
        return i;
      }
    }
    return subject;
  }

  /** The speaker of a post-posed frame: the verb's subject, else the first noun after it. */
  static int speakerAfter(Sentence s, int verb, int contentFirst, int contentLast) {
    int subject = subjectOf(s, verb, contentFirst, contentLast);
    if (subject >= 0 || subject == NO_SPEAKER) {
      return Math.max(subject, -1);
    }
    // the frame clause: from after the content to the sentence end ("hatte X in Y erklärt")
    for (int i = contentLast + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (i != verb
          && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))
          && s.children(i, "case").isEmpty()) {
        return i; // "sagte Hammond", even where the parser calls Hammond an object
      }
    }
    for (int i = contentLast + 1; i < s.size(); i++) {
      if (i != verb && candidateSpeakerToken(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The speaker of a frame before its content: the verb's subject, else the nearest noun before.
   */
  static int speakerBefore(Sentence s, int verb, int contentFirst, int contentLast) {
    int subject = subjectOf(s, verb, contentFirst, contentLast);
    if (subject >= 0 || subject == NO_SPEAKER) {
      return Math.max(subject, -1);
    }
    for (int i = verb - 1; i >= 0; i--) {
      if (candidateSpeakerToken(s, i)) {
        return i;
      }
    }
    for (int i = verb + 1; i < s.size() && !s.token(i).isPunct(); i++) {
      if (candidateSpeakerToken(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The subject of the verb outside its content (parsers attach content subjects to it too). */
  static int subjectOf(Sentence s, int verb, int contentFirst, int contentLast) {
    if (isPassive(s, verb, contentFirst, contentLast)) {
      // "wird von den Medien als ... bezeichnet": the agent speaks; without one, nobody named
      for (int c : s.children(verb)) {
        if (s.token(c).deprel().equals("obl:agent")) {
          return c;
        }
      }
      return NO_SPEAKER;
    }
    boolean subjectInContent = false;
    boolean demonstrativeInContent = false;
    for (int c : s.children(verb)) {
      if (!s.token(c).deprel().equals("nsubj")) {
        continue;
      }
      if (c >= contentFirst && c <= contentLast) {
        subjectInContent = true;
        demonstrativeInContent |= c < verb && isDemonstrative(s.token(c));
        continue;
      }
      Token subject = s.token(c);
      if (subject.word().equalsIgnoreCase("es") || subject.word().equalsIgnoreCase("man")) {
        // "In dem Papier heißt es, ...": the document is the source; "man sagt": nobody named
        int document = sourceDocument(s, verb);
        return document >= 0 ? document : NO_SPEAKER;
      }
      if (c < verb && isDemonstrative(subject) && !s.token(verb).relation().equals("acl")) {
        // "Das teilte das Innenministerium mit": the parser takes the demonstrative object in
        // front for the subject and the speaker after the verb for its object
        return subjectAfterDemonstrative(s, verb, contentFirst, contentLast);
      }
      if (!canBeNominative(s, c)) {
        // "Der englischsprachigen Zeitung sagte Filep Karma": the parser's subject is a dative
        int object = nominalObject(s, verb, contentFirst, contentLast);
        if (object >= 0) {
          return object;
        }
      }
      // "der Mann, der sagte, ...": the relative pronoun stands for the noun it refers to
      if (subject.pos().equals("PRON")
          && Determiners.isRelative(subject.word())
          && s.token(verb).relation().equals("acl")
          && s.token(verb).head() >= 0) {
        return s.token(verb).head();
      }
      return c;
    }
    if (subjectInContent) {
      // "Dies gab das Nobelkomitee bekannt": the parser took the object "dies" for the subject
      int object =
          demonstrativeInContent
              ? subjectAfterDemonstrative(s, verb, contentFirst, contentLast)
              : nominalObject(s, verb, contentFirst, contentLast);
      if (object >= 0) {
        return object;
      }
    }
    int particleName = particleName(s, verb, contentFirst, contentLast);
    if (particleName >= 0) {
      return particleName;
    }
    int asReported = wieSubject(s, verb, contentFirst, contentLast);
    if (asReported >= 0) {
      return asReported;
    }
    int person = personObject(s, verb, contentFirst, contentLast);
    if (person >= 0) {
      return person;
    }
    // "Wie aus Regierungskreisen verlautete": no subject, the "aus"/"in" phrase is the source
    int document = sourceDocument(s, verb);
    Token v = s.token(verb);
    if (document < 0 && v.relation().equals("conj") && v.head() >= 0 && v.head() < verb) {
      // "Diese bestätigte ... und gab an, ...": the first verb's subject says the second too
      return subjectOf(s, v.head(), contentFirst, contentLast);
    }
    return document;
  }

  /**
   * "Wie der Bundeswahlleiter mitteilte, ...": the parser may take "wie" for a preposition of the
   * subject ("obl:wie"); the noun it marks, between "wie" and the verb, speaks. -1 when there is
   * none.
   */
  private static int wieSubject(Sentence s, int verb, int contentFirst, int contentLast) {
    for (int w = 0; w < verb; w++) {
      Token t = s.token(w);
      int noun = t.head();
      if (!t.word().equalsIgnoreCase("wie")
          || !t.relation().equals("case")
          || noun <= w
          || noun >= verb
          || noun >= contentFirst && noun <= contentLast) {
        continue;
      }
      String pos = s.token(noun).pos();
      if (pos.equals("NOUN") || pos.equals("PROPN")) {
        return noun;
      }
    }
    return -1;
  }

  /** Demonstratives that stand for what was said ("Das sagte", "Dies gab ... bekannt"). */
  private static final Set<String> DEMONSTRATIVES =
      Set.of("das", "dies", "dieses", "dasselbe", "jenes");

  private static boolean isDemonstrative(Token t) {
    return DEMONSTRATIVES.contains(t.word().toLowerCase(Locale.GERMAN));
  }

  /** Pronouns after the verb that can only be its subject: "Das sagte er". */
  private static final Set<String> NOMINATIVE_PRONOUNS = Set.of("er", "sie", "ich", "wir", "ihr");

  /**
   * After a demonstrative in front of the verb, the verb's object (or second subject) after it that
   * can be a nominative: the speaker ("Das gaben die Augsburger bekannt", "Das sagte er"); -1 when
   * none. Inside the content only when the verb is too (a report that spans its own frame: "Dies
   * berichtet das SITE-Institut").
   */
  private static int subjectAfterDemonstrative(
      Sentence s, int verb, int contentFirst, int contentLast) {
    boolean verbInContent = verb >= contentFirst && verb <= contentLast;
    for (int c : s.children(verb)) {
      Token t = s.token(c);
      boolean role = t.deprel().equals("nsubj") || isObject(s, c);
      boolean inContent = c >= contentFirst && c <= contentLast;
      if (!role || c < verb || inContent && !verbInContent) {
        continue;
      }
      boolean noun = t.pos().equals("NOUN") || t.pos().equals("PROPN");
      if (noun && canBeNominative(s, c)
          || t.pos().equals("PRON")
              && NOMINATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.GERMAN))) {
        return c;
      }
    }
    return -1;
  }

  /** Determiners that never open a nominative noun phrase. */
  private static final Set<String> OBLIQUE_DETERMINERS =
      Set.of("dem", "den", "des", "einem", "einen", "eines", "einer");

  /**
   * False when the noun's determiner rules out the nominative: "dem Sender", "einer Zeitung", and
   * "der" before an adjective in -en ("der englischsprachigen Zeitung"; a nominative has "der neue
   * Mann").
   */
  static boolean canBeNominative(Sentence s, int noun) {
    if (!s.token(noun).pos().equals("NOUN") && !s.token(noun).pos().equals("PROPN")) {
      return true;
    }
    for (int c : s.children(noun)) {
      Token t = s.token(c);
      String word = t.word().toLowerCase(Locale.GERMAN);
      if (c > noun || !t.pos().equals("DET")) {
        continue;
      }
      if (OBLIQUE_DETERMINERS.contains(word)) {
        return false;
      }
      if (word.equals("der")) {
        for (int a : s.children(noun, "amod")) {
          if (a > c && a < noun && s.token(a).word().endsWith("en")) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The verb's object noun outside the content, the subject when the parse swapped them. */
  private static int nominalObject(Sentence s, int verb, int contentFirst, int contentLast) {
    for (int c : s.children(verb, "obj")) {
      Token t = s.token(c);
      if ((t.pos().equals("NOUN") || t.pos().equals("PROPN"))
          && (c < contentFirst || c > contentLast)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt": a verb without subject whose object
   * outside the content names a person; the parser took the subject for the object. -1 otherwise.
   */
  private static int personObject(Sentence s, int verb, int contentFirst, int contentLast) {
    int object = nominalObject(s, verb, contentFirst, contentLast);
    if (object < 0) {
      return -1;
    }
    var phrase = s.subtree(object);
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      if (s.token(i).ner().equals("PERSON") && (i < contentFirst || i > contentLast)) {
        return object;
      }
    }
    return -1;
  }

  /**
   * An object of the verb: obj, or an argument the parser left without case and preposition ("Dies
   * gab Airbus bekannt": obl:arg).
   */
  private static boolean isObject(Sentence s, int c) {
    String deprel = s.token(c).deprel();
    return deprel.equals("obj") || deprel.equals("obl:arg") && s.children(c, "case").isEmpty();
  }

  /**
   * A person's name opened by a particle that the parser took for a preposition ("Von der Leyen
   * betonte": obl:von), standing outside the content: the subject the parse did not name.
   */
  private static int particleName(Sentence s, int verb, int contentFirst, int contentLast) {
    for (int c : s.children(verb)) {
      Token t = s.token(c);
      boolean name = t.ner().equals("PERSON") || t.pos().equals("PROPN") || t.pos().equals("NOUN");
      if (!name || c > verb || (c >= contentFirst && c <= contentLast)) {
        continue;
      }
      for (int k : s.children(c, "case")) {
        if (k < c && NameParticles.opensName(s.token(k).word()) && isArticleOrName(s, k + 1, c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * True when the words between a particle and its noun are a name article or nothing: "von der
   * Leyen", "de Maizière"; not "von den betroffenen Eltern".
   */
  private static boolean isArticleOrName(Sentence s, int from, int noun) {
    return from == noun || from == noun - 1 && NameParticles.isArticle(s.token(from).word());
  }

  /** A passive verb: its auxiliary "werden" (aux:pass) stands in the frame, not in the content. */
  static boolean isPassive(Sentence s, int verb, int contentFirst, int contentLast) {
    return s.children(verb).stream()
        .anyMatch(
            c -> s.token(c).deprel().equals("aux:pass") && (c < contentFirst || c > contentLast));
  }

  /** "In einem Positionspapier heißt es", "aus Kreisen verlautete": that phrase, or -1. */
  static int sourceDocument(Sentence s, int verb) {
    for (int c : s.children(verb, "obl")) {
      if (hasCase(s, c, DOCUMENT_PLACES)) {
        return c;
      }
    }
    return -1;
  }

  static boolean candidateSpeakerToken(Sentence s, int i) {
    Token t = s.token(i);
    boolean nominal = t.pos().equals("PROPN") || t.pos().equals("NOUN") || t.pos().equals("PRON");
    if (!nominal) {
      return false;
    }
    if (t.word().equalsIgnoreCase("es") || t.word().equalsIgnoreCase("man")) {
      return false;
    }
    String rel = t.relation();
    return !(rel.equals("obl") || rel.equals("nmod") || rel.equals("obj") || rel.equals("iobj"));
  }

  /**
   * For a verb that relays words ("Die Rundschau zitiert einen Augenzeugen", "X wird von Reuters
   * zitiert"): {speaker, via}, the quoted person and the relaying source (-1 when the text names
   * none); null when the verb names no one it quotes ("zitiert CNN": CNN speaks).
   */
  static int[] relay(Sentence s, int verb, Quotation q) {
    int subject = -1;
    int object = -1;
    int passiveSubject = -1;
    int agent = -1;
    int place = -1;
    boolean passive = false;
    for (int c : s.children(verb)) {
      Token t = s.token(c);
      if (q.covers(t.begin())) {
        continue;
      }
      switch (t.deprel()) {
        case "nsubj" -> subject = c;
        case "obj" -> object = c;
        case "nsubj:pass" -> passiveSubject = c;
        case "aux:pass" -> passive = true;
        case "obl:agent" -> agent = c;
        default -> {
          if (t.relation().equals("obl") && hasCase(s, c, RELAY_PLACES)) {
            place = place < 0 ? c : place;
          }
        }
      }
    }
    if (passive) {
      return passiveSubject >= 0 ? new int[] {passiveSubject, agent >= 0 ? agent : place} : null;
    }
    if (object < 0 || !isNominal(s.token(object))) {
      return null;
    }
    boolean impersonal =
        subject >= 0
            && Set.of("man", "es").contains(s.token(subject).word().toLowerCase(Locale.GERMAN));
    return new int[] {object, subject < 0 || impersonal ? place : subject};
  }

  /** "In einem Positionspapier heißt es", "aus Kreisen verlautete". */
  private static final Set<String> DOCUMENT_PLACES = Set.of("in", "im", "aus");

  /** "von der Nachrichtenagentur Reuters", "in einer Presseerklärung", "im Fachblatt". */
  private static final Set<String> RELAY_PLACES = Set.of("von", "vom", "in", "im", "bei", "auf");

  private static boolean hasCase(Sentence s, int c, Set<String> prepositions) {
    return s.children(c, "case").stream()
        .map(i -> s.token(i).word().toLowerCase(Locale.GERMAN))
        .anyMatch(prepositions::contains);
  }

  private static boolean isNominal(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("PRON");
  }
}
