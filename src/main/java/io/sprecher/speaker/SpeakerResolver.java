package io.sprecher.speaker;

import io.sprecher.lexicon.Determiners;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import io.sprecher.quote.Datelines;
import io.sprecher.quote.NounPhrases;
import io.sprecher.quote.Quotation;
import io.sprecher.quote.SourceNouns;
import io.sprecher.quote.SpeechNouns;
import io.sprecher.time.TemporalExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the speaker of each statement of an article from the phrase its frame points at:
 *
 * <ul>
 *   <li>a person's name, with the phrase around it as role ("der Pressesprecher des Weißen Hauses,
 *       Sean Spicer" is Sean Spicer, role "Pressesprecher des Weißen Hauses");
 *   <li>an organisation (named entity, quoted name, or a noun such as "Verteidigungsministerium");
 *   <li>a pronoun ("betonte er"): the nearest person before it who is a grammatical subject outside
 *       quotations, else the last person who spoke;
 *   <li>a noun of office ("der Sprecher", "der Chefdiplomat"): the last person introduced with the
 *       same office, else the person who spoke just before;
 *   <li>continuations take the speaker of the statement they continue.
 * </ul>
 *
 * Person names are then made canonical within the article ("Kerry" becomes "John Kerry").
 */
public final class SpeakerResolver {

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("er", "sie", "ich", "wir");
  private static final int PRONOUN_LOOKBACK_SENTENCES = 3;

  private final RoleNouns roles;
  private final OrganisationNouns organisations;
  private final SpeakerPhrase phrases;
  private final SourceNouns sources = new SourceNouns();
  private final SpeechNouns speechNouns = new SpeechNouns();
  private final GroupNouns groups = new GroupNouns();

  public SpeakerResolver() {
    this(new RoleNouns(), new OrganisationNouns());
  }

  public SpeakerResolver(RoleNouns roles, OrganisationNouns organisations) {
    this.roles = roles;
    this.organisations = organisations;
    this.phrases = new SpeakerPhrase(organisations);
  }

  /** One speaker per quotation, in the same order. */
  public List<Speaker> resolve(AnnotatedText text, List<Quotation> quotations) {
    return attribute(text, quotations).stream().map(Attribution::speaker).toList();
  }

  /** One attribution (speaker and where the text names it) per quotation, in the same order. */
  public List<Attribution> attribute(AnnotatedText text, List<Quotation> quotations) {
    List<NameSpan> names = NameSpans.of(text);
    PersonNames personNames = new PersonNames(names);
    List<Speaker> speakers = new ArrayList<>();
    List<Attribution> out = new ArrayList<>();
    for (Quotation q : quotations) {
      Speaker sp;
      int begin = -1;
      int end = -1;
      Attribution via = null;
      int head = q.continues() >= 0 ? -1 : speakerHead(text, q);
      if (q.continues() >= 0) {
        Attribution previous = out.get(q.continues());
        sp = previous.speaker().withMention(null);
        begin = previous.mentionBegin();
        end = previous.mentionEnd();
      } else if (head < 0) {
        sp = Speaker.NONE;
      } else {
        sp = fromPhrase(text, names, q, head, speakers, quotations);
        Sentence s = text.sentences().get(q.sentence());
        int[] range = phrases.mentionRange(s, names, head, q);
        begin = s.token(range[0]).begin();
        end = s.token(range[1]).end();
        if (q.viaHead() >= 0) {
          Speaker relay = fromPhrase(text, names, q, q.viaHead(), speakers, quotations);
          int[] r = phrases.mentionRange(s, names, q.viaHead(), q);
          via = new Attribution(relay, s.token(r[0]).begin(), s.token(r[1]).end());
        }
      }
      String person = personNamed(personNames, sp);
      if (person != null) {
        // "Kurz sagte", "Zschäpes Erklärung": the tagger missed the person, or took the genitive
        // for a place or an organisation
        sp = new Speaker(person, SpeakerType.PERSON, sp.mention(), sp.role());
      } else if (sp.isPerson()) {
        sp = sp.withName(personNames.canonical(sp.name()));
      } else if (sp.type() == SpeakerType.ORGANIZATION) {
        sp = sp.withName(organisations.nominative(sp.name(), inGenitive(sp.mention())));
      }
      speakers.add(sp);
      out.add(new Attribution(sp, begin, end, via));
    }
    return out;
  }

  /** "nach Angaben der Polizei", "nach Ansicht von Beobachtern": the noun's attribute after it. */
  private static boolean sourceAfter(Sentence s, int head, int c) {
    // not a noun phrase of its own the parser hung on the noun ("nach Zeugenaussagen der Ehemann")
    return c > head
        && s.token(c).relation().equals("nmod")
        && !NounPhrases.startsNew(s, s.subtree(c).nextSetBit(0));
  }

  /**
   * Who holds a noun of saying: its genitive or "von" attribute ("einer Erklärung der
   * Gewerkschaft"), or a name right beside it ("Zschäpes Erklärung", "einer Erklärung Bans"); not
   * an addressee ("einer Rede an seine Landsleute") or a topic ("Begründung für das Urteil").
   */
  private static boolean holder(Sentence s, int head, int c) {
    String rel = s.token(c).relation();
    boolean besideName =
        Math.abs(c - head) == 1
            && s.token(c).pos().equals("PROPN")
            && (rel.equals("nmod") || rel.equals("appos"));
    List<String> cases =
        s.children(c, "case").stream()
            .map(i -> s.token(i).word().toLowerCase(Locale.GERMAN))
            .toList();
    // without a preposition, a genitive: "der Gewerkschaft", not "seinen Landsleuten"
    boolean genitive =
        cases.isEmpty()
            ? s.children(c, "det").stream().allMatch(d -> Determiners.isGenitive(s.token(d).word()))
            : cases.stream().allMatch(w -> w.equals("von") || w.equals("vom"));
    genitive &= c > head && rel.equals("nmod");
    return besideName || genitive;
  }

  /**
   * The frame's speaker token, or the apposition after a dateline the parser made the subject
   * ("Wien – Die Gewerkschaft GPA-djp fordert": "Gewerkschaft", not "Wien"); -1 for none.
   */
  private static int speakerHead(AnnotatedText text, Quotation q) {
    int head = q.speakerHead();
    Sentence s = text.sentences().get(q.sentence());
    int dash = head < 0 ? -1 : Datelines.dash(s);
    if (dash < 0 || head > dash) {
      return head;
    }
    return s.children(head).stream()
        .filter(c -> c > dash && s.token(c).relation().equals("appos"))
        .findFirst()
        .orElse(-1);
  }

  /** The speaker named by the phrase around token {@code head} of the frame's sentence. */
  private Speaker fromPhrase(
      AnnotatedText text,
      List<NameSpan> names,
      Quotation q,
      int speakerHead,
      List<Speaker> before,
      List<Quotation> quotations) {
    Sentence s = text.sentences().get(q.sentence());
    int head = SpeakerPhrase.nounBeforeQuotedName(s, speakerHead);
    Token h = s.token(head);
    int[] range = phrases.mentionRange(s, names, head, q);
    String mention = text.span(s, range[0], range[1]);
    if (h.pos().equals("PRON")) {
      return pronoun(text, names, q, before, quotations, h).withMention(mention);
    }
    if (h.pos().equals("ADV")) {
      // "demnach": the source named before
      return lastSpeaker(before, false).withMention(mention);
    }
    boolean source = sources.isSource(h.word());
    if (source || speechNouns.isSpeechNoun(h.word())) {
      // "nach Angaben der Polizei", "in einer Erklärung der Gewerkschaft": the source is what
      // the report noun names
      // the source is named after the noun and before a postposed "nach" ("seiner Meinung nach
      // den Krieg" is no source)
      int limit =
          q.cue() != null && q.cue().phrase() && q.cue().verb() > head ? q.cue().verb() : s.size();
      // "nach Polizeiangaben vom Donnerstag": a date is not the source
      List<Integer> nmods =
          s.children(head).stream()
              .filter(c -> c < limit && (source ? sourceAfter(s, head, c) : holder(s, head, c)))
              .filter(
                  c ->
                      !(s.token(c).ner().equals("O")
                          && TemporalExpressions.isCalendarWord(s.token(c).word())))
              .toList();
      if (nmods.isEmpty()) {
        boolean possessive = !s.children(head, "det:poss").isEmpty();
        String compounded = organisationInCompound(h.word());
        return possessive
            ? lastSpeaker(before, false).withMention(mention)
            : new Speaker(
                compounded,
                compounded == null ? SpeakerType.UNKNOWN : SpeakerType.ORGANIZATION,
                mention,
                null);
      }
      return fromPhrase(text, names, q, nmods.get(0), before, quotations).withMention(mention);
    }
    if (isCoordination(s, head)) {
      // "Sonia und Willy Bogner teilten mit": several speakers, one statement
      return new Speaker(withoutDeterminer(text, s, range), SpeakerType.GROUP, mention, null);
    }
    NameSpan person = nameIn(names, s.index(), range, head, "PERSON");
    if (person != null) {
      return new Speaker(
          person.text(), SpeakerType.PERSON, mention, roleBefore(text, s, range, person));
    }
    String quotedName = quotedName(text, s, range);
    NameSpan org = nameIn(names, s.index(), range, head, "ORGANIZATION");
    if (org != null && org.contains(head) || quotedName != null) {
      String name = quotedName != null ? quotedName : org.text();
      String role =
          quotedName != null ? stripDeterminer(text, s, range[0], range[1], quotedName) : null;
      return new Speaker(name, SpeakerType.ORGANIZATION, mention, role);
    }
    String word = surfaceWord(s, head);
    int office = roles.office(word);
    if (office >= 0) {
      return byOffice(text, names, office, s.token(head).begin(), before).withMention(mention);
    }
    String bare = withoutDeterminer(text, s, range);
    if (org == null && organisations.isGeneric(word) && isDefinite(s, head) && isBare(s, head)) {
      Speaker named = byOrganisationNoun(text, names, word, s.token(range[0]).begin(), before);
      if (named != null) {
        return named.withMention(mention);
      }
    }
    if (organisations.isOrganisation(word)
        || h.ner().equals("ORGANIZATION")
        || h.ner().equals("LOCATION")) {
      return new Speaker(bare, SpeakerType.ORGANIZATION, mention, null);
    }
    if (org != null) {
      return new Speaker(org.text(), SpeakerType.ORGANIZATION, mention, null);
    }
    boolean plural =
        s.children(head).stream()
            .map(s::token)
            .noneMatch(t -> t.pos().equals("DET") && Determiners.isSingular(t.word()));
    return plural
        ? new Speaker(groupName(s, range, head, bare), SpeakerType.GROUP, mention, null)
        : new Speaker(bare, SpeakerType.UNKNOWN, mention, null);
  }

  /**
   * A group's name in the nominative where its phrase is adjectives and a plural noun in the dative
   * ("laut befragten Bürgern": "befragte Bürger"), else {@code bare} as written.
   */
  private String groupName(Sentence s, int[] range, int head, String bare) {
    if (head != range[1]) {
      return bare;
    }
    List<String> words = new ArrayList<>();
    for (int i = afterDeterminers(s, range); i <= head; i++) {
      if (i < head && !s.token(i).pos().equals("ADJ")) {
        return bare;
      }
      words.add(s.token(i).word());
    }
    List<String> nominative = groups.nominative(words);
    return nominative == null ? bare : String.join(" ", nominative);
  }

  /**
   * The written word around a token: "US-Außenministerium" for the token "US" (split by CoreNLP).
   */
  private static String surfaceWord(Sentence s, int i) {
    int first = i;
    int last = i;
    while (first > 0 && s.token(first - 1).end() == s.token(first).begin()) {
      first--;
    }
    while (last + 1 < s.size() && s.token(last + 1).begin() == s.token(last).end()) {
      last++;
    }
    StringBuilder b = new StringBuilder();
    for (int k = first; k <= last; k++) {
      b.append(s.token(k).word());
    }
    return b.toString().replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
  }

  /** True when the head is coordinated with another name or noun ("Sonia und Willy Bogner"). */
  private static boolean isCoordination(Sentence s, int head) {
    for (int c : s.children(head, "conj")) {
      String pos = s.token(c).pos();
      if (pos.equals("PROPN") || pos.equals("NOUN")) {
        return true;
      }
    }
    return false;
  }

  /** The name of class {@code type} that holds the head, else the first one in the phrase. */
  private static NameSpan nameIn(
      List<NameSpan> names, int sentence, int[] range, int head, String type) {
    for (NameSpan n : names) {
      if (n.sentence() == sentence && n.type().equals(type) && n.contains(head)) {
        return n; // the name the head is part of, even where the parse splits it
      }
    }
    NameSpan first = null;
    for (NameSpan n : names) {
      if (n.sentence() != sentence
          || !n.type().equals(type)
          || n.first() < range[0]
          || n.last() > range[1]) {
        continue;
      }
      if (n.contains(head)) {
        return n;
      }
      if (first == null) {
        first = n;
      }
    }
    return first;
  }

  /** A name in quotation marks inside the phrase: «Washington Post». */
  private static String quotedName(AnnotatedText text, Sentence s, int[] range) {
    String phrase = text.span(s, range[0], range[1]);
    int open = indexOfAny(phrase, "„»«\"“", 0);
    if (open < 0) {
      return null;
    }
    int close = indexOfAny(phrase, "“”«»\"", open + 1);
    if (close <= open + 1) {
      return null;
    }
    String name = phrase.substring(open + 1, close).strip();
    return name.split("\\s+").length <= 5 ? name : null;
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The words of the phrase before the name, without determiners: the person's role. */
  private static String roleBefore(AnnotatedText text, Sentence s, int[] range, NameSpan name) {
    int first = range[0];
    int last = name.first() - 1;
    while (first <= last && (s.token(first).pos().equals("DET") || s.token(first).isPunct())) {
      first++;
    }
    while (last >= first && s.token(last).isPunct()) {
      last--;
    }
    return first <= last ? text.span(s, first, last) : null;
  }

  private static String withoutDeterminer(AnnotatedText text, Sentence s, int[] range) {
    int first = afterDeterminers(s, range);
    return text.span(s, first, withoutPossessivePhrase(s, first, range[1]));
  }

  /** The first token of the phrase {@code range} after its determiners and punctuation. */
  private static int afterDeterminers(Sentence s, int[] range) {
    int first = range[0];
    while (first < range[1] && (s.token(first).pos().equals("DET") || s.token(first).isPunct())) {
      first++;
    }
    return first;
  }

  /**
   * The phrase's last token without a closing phrase that points back at the speaker ("die
   * Ärztezeitung in ihrer Onlineausgabe" names the Ärztezeitung).
   */
  private static int withoutPossessivePhrase(Sentence s, int first, int last) {
    int preposition = first + 1;
    while (preposition <= last && !s.token(preposition).pos().equals("ADP")) {
      preposition++;
    }
    // only the first preposition counts: "Bundesamt für Migration" keeps its phrase
    for (int i = preposition + 1; i <= last; i++) {
      if (s.token(i).deprel().equals("det:poss")) {
        return preposition - 1;
      }
    }
    return last;
  }

  private static String stripDeterminer(
      AnnotatedText text, Sentence s, int from, int to, String name) {
    String rest = withoutDeterminer(text, s, new int[] {from, to});
    rest = rest.replace(name, "").replaceAll("[„“”»«\"]", "").strip();
    return rest.isEmpty() ? null : rest;
  }

  /** A pronoun: the nearest preceding person in subject position, else the last person speaking. */
  private Speaker pronoun(
      AnnotatedText text,
      List<NameSpan> names,
      Quotation q,
      List<Speaker> before,
      List<Quotation> quotations,
      Token pronoun) {
    String p = pronoun.word().toLowerCase(Locale.GERMAN);
    if (!PERSONAL_PRONOUNS.contains(p)) {
      return lastSpeaker(before, false);
    }
    Sentence s = text.sentences().get(q.sentence());
    for (int si = q.sentence();
        si >= Math.max(0, q.sentence() - PRONOUN_LOOKBACK_SENTENCES);
        si--) {
      Sentence cand = text.sentences().get(si);
      int limit = si == q.sentence() ? pronoun.index() : cand.size();
      NameSpan found = null;
      for (NameSpan n : names) {
        if (n.sentence() != si || !n.type().equals("PERSON") || n.last() >= limit) {
          continue;
        }
        if (insideAnyContent(cand.token(n.first()).begin(), quotations)) {
          continue;
        }
        if (isSubjectName(cand, n)) {
          found = n;
        }
      }
      if (found != null) {
        return new Speaker(found.text(), SpeakerType.PERSON, null, null);
      }
    }
    Speaker last = lastSpeaker(before, !p.equals("sie"));
    return last;
  }

  private static boolean insideAnyContent(int offset, List<Quotation> quotations) {
    return quotations.stream().anyMatch(q -> q.covers(offset));
  }

  private static boolean isSubjectName(Sentence s, NameSpan n) {
    for (int i = n.first(); i <= n.last(); i++) {
      Token t = s.token(i);
      if (t.relation().equals("nsubj")) {
        return true;
      }
      if ((t.relation().equals("flat") || t.relation().equals("appos"))
          && t.head() >= 0
          && s.token(t.head()).relation().equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static Speaker lastSpeaker(List<Speaker> before, boolean personOnly) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Speaker sp = before.get(i);
      if (sp.name() != null && (!personOnly || sp.isPerson())) {
        return new Speaker(sp.name(), sp.type(), null, sp.role());
      }
    }
    return Speaker.NONE;
  }

  /**
   * "der Sprecher": the nearest person before the frame introduced with the same office
   * ("Regierungssprecher Josh Earnest", "der Pressesprecher des Weißen Hauses, Sean Spicer"), else
   * the last person who spoke.
   */
  private Speaker byOffice(
      AnnotatedText text, List<NameSpan> names, int office, int frameOffset, List<Speaker> before) {
    for (int i = names.size() - 1; i >= 0; i--) {
      NameSpan n = names.get(i);
      Sentence s = text.sentences().get(n.sentence());
      if (!n.type().equals("PERSON") || s.token(n.first()).begin() >= frameOffset) {
        continue;
      }
      String role = officeBefore(text, s, n, office);
      if (role != null) {
        return new Speaker(n.text(), SpeakerType.PERSON, null, role);
      }
    }
    return lastSpeaker(before, true);
  }

  /**
   * "nach Polizeiangaben", "Regierungsangaben zufolge": the organisation a compound source noun
   * opens with ("Polizei", "Regierung", without the linking s), else null ("Medienberichten").
   */
  private String organisationInCompound(String word) {
    if (word.toLowerCase(Locale.GERMAN).matches(".*kreise[n]?")) {
      return null; // "aus Regierungskreisen": unnamed people near the government, not it
    }
    String prefix = sources.prefix(word).replaceAll("-$", "");
    // the form without a linking -s first: "Zeitungsbericht" names the "Zeitung"
    for (String form : List.of(prefix.replaceAll("s$", ""), prefix)) {
      if (form.length() > 1 && organisations.isOrganisation(form)) {
        return form;
      }
    }
    return null;
  }

  /**
   * The full name of the article's person that a one-word speaker not typed as a person names,
   * itself or in the genitive: "Kurz" (the tagger missed the chancellor) names Sebastian Kurz,
   * "Zschäpes" Beate Zschäpe, "Bans" Ban Ki-moon; else null.
   */
  private static String personNamed(PersonNames personNames, Speaker sp) {
    String name = sp.name();
    if (sp.isPerson()
        || name == null
        || name.contains(" ")
        || name.isEmpty()
        || !Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    for (String form :
        name.endsWith("s") ? List.of(name, name.substring(0, name.length() - 1)) : List.of(name)) {
      String full = personNames.canonical(form);
      if (!full.equals(form)) {
        return full;
      }
    }
    return null;
  }

  /** "einer Erhebung des Bundeskriminalamts": a mention with a genitive article. */
  private static boolean inGenitive(String mention) {
    if (mention == null) {
      return false;
    }
    String[] words = mention.split("\\s+");
    for (int i = 0; i + 1 < words.length; i++) {
      if (Determiners.isGenitiveSingular(words[i])) {
        return true;
      }
    }
    return false;
  }

  /** "die Regierung", not "die russische Regierung" or "die Regierung in Kiew". */
  private static boolean isBare(Sentence s, int head) {
    return s.children(head).stream()
        .map(c -> s.token(c).relation())
        .allMatch(r -> r.equals("det") || r.equals("punct") || r.equals("case"));
  }

  private static boolean isDefinite(Sentence s, int head) {
    return s.children(head, "det").stream()
        .map(i -> s.token(i).word().toLowerCase(Locale.GERMAN))
        .anyMatch(Determiners::isDefinite);
  }

  /**
   * "das Ministerium", "der Konzern": the nearest organisation named before the mention at {@code
   * offset} whose name holds the noun ("Innenministerium") or follows it ("der US-Konzern Apple"),
   * else the latest organisation that spoke under such a name; null if none.
   */
  private static Speaker byOrganisationNoun(
      AnnotatedText text, List<NameSpan> names, String noun, int offset, List<Speaker> before) {
    String n = noun.toLowerCase(Locale.GERMAN);
    for (int i = names.size() - 1; i >= 0; i--) {
      NameSpan name = names.get(i);
      Sentence s = text.sentences().get(name.sentence());
      if (!name.type().equals("ORGANIZATION") || s.token(name.first()).begin() >= offset) {
        continue;
      }
      boolean holds =
          List.of(name.text().toLowerCase(Locale.GERMAN).split("[\\s-]+")).stream()
              .anyMatch(w -> w.endsWith(n));
      boolean follows =
          name.first() > 0
              && surfaceWord(s, name.first() - 1).toLowerCase(Locale.GERMAN).endsWith(n);
      if (holds || follows) {
        return new Speaker(name.text(), SpeakerType.ORGANIZATION, null, null);
      }
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Speaker sp = before.get(i);
      String name = sp.name() == null ? "" : sp.name().toLowerCase(Locale.GERMAN);
      if (sp.type() == SpeakerType.ORGANIZATION && name.endsWith(n) && !name.equals(n)) {
        return sp;
      }
    }
    return null;
  }

  /** The words of office just before a name ("US-Außenminister" John Kerry), if of that office. */
  private String officeBefore(AnnotatedText text, Sentence s, NameSpan n, int office) {
    int k = n.first() - 1;
    while (k >= 0 && s.token(k).word().equals(",")) {
      k--; // apposition: "der Pressesprecher des Weißen Hauses, Sean Spicer"
    }
    int end = k;
    for (int steps = 0; k >= 0 && steps < 6 && !s.token(k).isVerb(); k--, steps++) {
      Token t = s.token(k);
      if (t.word().equals(",") || t.word().equals(".")) {
        break;
      }
      if (roles.office(surfaceWord(s, k)) == office) {
        int first = k;
        while (first > 0 && s.token(first - 1).end() == s.token(first).begin()) {
          first--;
        }
        return text.span(s, first, end);
      }
    }
    return null;
  }
}
