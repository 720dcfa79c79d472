package io.sprecher.speaker;

import io.sprecher.lexicon.NameParticles;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Groups tokens of the same named-entity class into names, joining hyphenated parts. */
public final class NameSpans {

  private NameSpans() {}

  /** All names of a sentence, in order. */
  public static List<NameSpan> of(AnnotatedText text, Sentence s) {
    List<NameSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Token t = s.token(i);
      if (!t.isNamed()) {
        i++;
        continue;
      }
      int last = i;
      while (true) {
        int next = last + 1;
        if (next < s.size() && s.token(next).ner().equals(t.ner())) {
          last = next;
        } else if (next + 1 < s.size()
            && s.token(next).word().equals("-")
            && s.token(next).begin() == s.token(last).end()
            && s.token(next + 1).ner().equals(t.ner())) {
          last = next + 1;
        } else {
          break;
        }
      }
      int first = t.ner().equals("PERSON") ? particleStart(s, i) : i;
      NameSpan before = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (first < i
          && before != null
          && before.type().equals("PERSON")
          && before.last() == first - 1) {
        // "Ursula von der Leyen" tagged as two names around the particle: one name
        spans.remove(spans.size() - 1);
        first = before.first();
      } else if (first == i - 1 && !NameParticles.isForeignParticle(s.token(first).word())) {
        // "von"/"zu" without an article belongs to a name only between first name and surname
        first = i;
      }
      spans.add(new NameSpan(s.index(), first, last, t.ner(), nameText(text, s, first, last)));
      i = last + 1;
    }
    return spans;
  }

  /**
   * Where a person's name starts once the particle before it is counted in: "von der" (particle and
   * article), "de"/"van" (a particle that is no German preposition) or "von"/"zu" (a preposition,
   * returned here and kept only between two parts of the name by the caller).
   */
  private static int particleStart(Sentence s, int i) {
    if (i >= 2
        && NameParticles.isArticle(s.token(i - 1).word())
        && NameParticles.opensName(s.token(i - 2).word())) {
      return i - 2;
    }
    if (i >= 1 && NameParticles.opensName(s.token(i - 1).word())) {
      return i - 1;
    }
    return i;
  }

  /**
   * All names of the text; a surname the tagger missed where the article repeats it ("Von der Leyen
   * betonte" after "Ursula von der Leyen") is a person's name too.
   */
  public static List<NameSpan> of(AnnotatedText text) {
    List<NameSpan> spans = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      spans.addAll(of(text, s));
    }
    Set<String> surnames = new HashSet<>();
    for (NameSpan n : spans) {
      if (n.type().equals("PERSON") && n.first() < n.last()) {
        surnames.add(n.lastWord());
      }
    }
    List<NameSpan> all = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      List<NameSpan> tagged = spans.stream().filter(n -> n.sentence() == s.index()).toList();
      all.addAll(tagged);
      for (Token t : s.tokens()) {
        int i = t.index();
        if (t.isNamed() || !surnames.contains(t.word()) || !isNominal(t)) {
          continue;
        }
        int first = particleStart(s, i);
        boolean determiner = i > 0 && s.token(i - 1).pos().equals("DET");
        if (determiner && first == i
            || first == i - 1 && !NameParticles.isForeignParticle(s.token(first).word())) {
          continue; // "die Fischer" is no name; "von Merkel" keeps its preposition
        }
        all.add(new NameSpan(s.index(), first, i, "PERSON", nameText(text, s, first, i)));
      }
    }
    all.sort(Comparator.comparingInt(NameSpan::sentence).thenComparingInt(NameSpan::first));
    return all;
  }

  private static boolean isNominal(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN");
  }

  /** The name as written, its particle in lower case ("Von der Leyen" opening a sentence). */
  private static String nameText(AnnotatedText text, Sentence s, int first, int last) {
    String name = text.span(s, first, last);
    if (NameParticles.opensName(s.token(first).word())) {
      name = name.substring(0, 1).toLowerCase(Locale.GERMAN) + name.substring(1);
    }
    return name;
  }
}
