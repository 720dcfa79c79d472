package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises Konjunktiv I and II from the verb form, since CoreNLP's German tagger does not mark
 * mood. Listed forms come from {@code mood.tsv}; other verb forms in -e (not -te, mostly past
 * tense) whose subject is not "ich" are taken as Konjunktiv I ("koordiniere", "hoffe", "gebe").
 */
public final class MoodRecognizer {

  private static final Set<String> NOT_FINITE_RELATIONS =
      Set.of("amod", "nmod", "obl", "obj", "iobj", "nsubj", "advmod", "compound", "flat", "det");

  private final Map<String, Mood> listed = new HashMap<>();

  public MoodRecognizer() {
    for (String[] cols : ResourceLines.readColumns(MoodRecognizer.class, "mood.tsv")) {
      listed.put(
          cols[0],
          switch (cols[1]) {
            case "KI" -> Mood.KONJUNKTIV_I;
            case "KII" -> Mood.KONJUNKTIV_II;
            default -> Mood.OTHER;
          });
    }
  }

  /** The mood of token {@code i} of {@code s}. */
  public Mood moodOf(Sentence s, int i) {
    Token t = s.token(i);
    if (!t.isVerb() || NOT_FINITE_RELATIONS.contains(t.relation())) {
      return Mood.OTHER;
    }
    String form = t.word().toLowerCase(Locale.GERMAN);
    Mood m = listed.get(form);
    if (m != null) {
      return m == Mood.KONJUNKTIV_I && firstPerson(s, i) ? Mood.OTHER : m;
    }
    if (form.length() >= 4 && form.endsWith("e") && !form.endsWith("te") && !firstPerson(s, i)) {
      return Mood.KONJUNKTIV_I;
    }
    return Mood.OTHER;
  }

  /** True when some verb in tokens {@code from}..{@code to} (inclusive) is subjunctive. */
  public boolean anySubjunctive(Sentence s, int from, int to) {
    for (int i = Math.max(0, from); i <= to && i < s.size(); i++) {
      if (moodOf(s, i) != Mood.OTHER) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstPerson(Sentence s, int verb) {
    String rel = s.token(verb).relation();
    int clauseHead = rel.equals("aux") || rel.equals("cop") ? s.token(verb).head() : verb;
    for (int c : s.children(clauseHead < 0 ? verb : clauseHead)) {
      if (s.token(c).relation().startsWith("nsubj") && s.token(c).word().equalsIgnoreCase("ich")) {
        return true;
      }
    }
    return false;
  }
}
