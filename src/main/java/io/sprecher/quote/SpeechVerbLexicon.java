package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs of saying, from {@code speech-verbs.tsv}, with their inflected forms generated. CoreNLP
 * has no German lemmatiser, so the lexicon maps forms to lemmas itself; a separable verb is a cue
 * only with its particle ("teilte ... mit", "mitgeteilt"), so "teilte" alone is not.
 */
public final class SpeechVerbLexicon {

  private static final List<String> INSEPARABLE_PREFIXES =
      List.of("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "hinter", "über", "unter");

  /** A lexicon entry. */
  record Entry(String lemma, String medium, String particle) {}

  /** Forms that are a cue by themselves: simple verbs, and separable verbs written as one word. */
  private final Map<String, Entry> whole = new HashMap<>();

  /** Forms of separable verbs that are a cue only with their particle elsewhere in the clause. */
  private final Map<String, List<Entry>> needingParticle = new HashMap<>();

  public SpeechVerbLexicon() {
    for (String[] cols : ResourceLines.readColumns(SpeechVerbLexicon.class, "speech-verbs.tsv")) {
      String spec = cols[0];
      String medium = cols.length > 1 ? cols[1] : "Speech";
      List<String> irregular =
          cols.length > 2 && !cols[2].isBlank() ? List.of(cols[2].split(",")) : List.of();
      int bar = spec.indexOf('|');
      String particle = bar < 0 ? null : spec.substring(0, bar);
      String base = spec.substring(bar + 1);
      Entry entry = new Entry(spec.replace("|", ""), medium, particle);
      Set<String> forms = forms(base, irregular);
      if (particle == null) {
        forms.forEach(f -> whole.put(f, entry));
      } else {
        forms.forEach(f -> needingParticle.computeIfAbsent(f, k -> new ArrayList<>()).add(entry));
        forms.forEach(f -> whole.put(particle + f, entry));
        whole.put(particle + "zu" + base, entry);
      }
    }
  }

  /**
   * True when the token is a form of a verb of saying, with or without the particle a separable one
   * needs: a test that needs no parse, for choosing sentences to parse.
   */
  public boolean mayBeCue(Token t) {
    if (!t.isVerb()) {
      return false;
    }
    String form = t.word().toLowerCase(Locale.GERMAN);
    return whole.containsKey(form) || needingParticle.containsKey(form);
  }

  /** The cue at token {@code i}, if the token is a verb of saying (with its particle if any). */
  public Optional<Cue> cueAt(Sentence s, int i) {
    Token t = s.token(i);
    if (!t.isVerb()) {
      return Optional.empty();
    }
    String form = t.word().toLowerCase(Locale.GERMAN);
    Entry e = whole.get(form);
    if (e != null) {
      return Optional.of(new Cue(i, -1, e.lemma(), e.medium()));
    }
    for (Entry separable : needingParticle.getOrDefault(form, List.of())) {
      int particle = findParticle(s, i, separable.particle());
      if (particle >= 0) {
        return Optional.of(new Cue(i, particle, separable.lemma(), separable.medium()));
      }
    }
    return Optional.empty();
  }

  /** The separated particle: a compound:prt dependent, or the particle word ending the clause. */
  private static int findParticle(Sentence s, int verb, String particle) {
    for (int c : s.children(verb)) {
      Token t = s.token(c);
      if (t.deprel().startsWith("compound") && t.word().equalsIgnoreCase(particle)) {
        return c;
      }
    }
    // "wie X bekannt gab": written apart before a clause-final verb
    if (verb > 0
        && s.token(verb - 1).word().equalsIgnoreCase(particle)
        && (verb + 1 == s.size() || s.token(verb + 1).isPunct())) {
      return verb - 1;
    }
    for (int j = verb + 1; j < s.size(); j++) {
      Token t = s.token(j);
      if (t.word().equalsIgnoreCase(particle)) {
        boolean clauseEnd = j + 1 == s.size() || s.token(j + 1).isPunct();
        if (clauseEnd) {
          return j;
        }
      }
    }
    return -1;
  }

  /**
   * Stems in -t, -d, and in -m/-n after a consonant other than l, r or a lengthening h take a
   * linking e: "berichtete", "bezeichnete", "öffnete", but "warnte", "lernte", "wohnte".
   */
  private static boolean needsLinkingE(String stem) {
    if (stem.endsWith("t") || stem.endsWith("d")) {
      return true;
    }
    if (stem.length() < 3 || !(stem.endsWith("n") || stem.endsWith("m"))) {
      return false;
    }
    char before = stem.charAt(stem.length() - 2);
    if (before == 'h') {
      return stem.charAt(stem.length() - 3) == 'c'; // "zeichn", not "wohn"
    }
    return "aeiouäöülr".indexOf(before) < 0;
  }

  /**
   * The inflected forms of a base verb: present, past, Konjunktiv I, participle, plus irregulars.
   */
  static Set<String> forms(String base, List<String> irregular) {
    Set<String> forms = new LinkedHashSet<>();
    boolean erEl = base.endsWith("ern") || base.endsWith("eln");
    String stem =
        erEl ? base.substring(0, base.length() - 1) : base.substring(0, base.length() - 2);
    String link = needsLinkingE(stem) ? "e" : "";
    forms.add(base);
    forms.add(stem + "e");
    forms.add(stem + link + "st");
    forms.add(stem + link + "t");
    forms.add(stem + "est");
    for (String ending : List.of("te", "ten", "test", "tet")) {
      forms.add(stem + link + ending);
    }
    boolean noGe =
        base.endsWith("ieren") || INSEPARABLE_PREFIXES.stream().anyMatch(base::startsWith);
    forms.add((noGe ? "" : "ge") + stem + link + "t");
    for (String f : irregular) {
      if (f.startsWith("-")) {
        forms.remove(f.substring(1)); // "-geraten": a generated form that means something else
      } else {
        forms.add(f);
      }
    }
    return forms;
  }
}
