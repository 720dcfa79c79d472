package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Nouns that frame reported content ("ist der Meinung, dass ...", "kam zu dem Ergebnis, dass ..."),
 * from {@code speech-nouns.txt}. A noun counts as a cue only when a comma follows it, directly or
 * after a pronominal adverb ("die Rede davon, dass").
 */
public final class SpeechNouns {

  private static final Set<String> LINKS = Set.of("davon", "darüber", "daran", "dafür");

  private final Set<String> nouns =
      Set.copyOf(ResourceLines.read(SpeechNouns.class, "speech-nouns.txt"));

  /** True when {@code word} is one of the nouns itself ("Erklärung", not a compound of it). */
  public boolean isSpeechNoun(String word) {
    return nouns.contains(word.toLowerCase(Locale.GERMAN));
  }

  /** The cue at token {@code i}, if it is such a noun followed by a comma. */
  public Optional<Cue> cueAt(Sentence s, int i) {
    Token t = s.token(i);
    if (!t.pos().equals("NOUN") || !nouns.contains(t.word().toLowerCase(Locale.GERMAN))) {
      return Optional.empty();
    }
    int next = i + 1;
    if (next < s.size() && LINKS.contains(s.token(next).word().toLowerCase(Locale.GERMAN))) {
      next++;
    }
    if (next >= s.size() || !s.token(next).word().equals(",")) {
      return Optional.empty();
    }
    return Optional.of(new Cue(i, -1, t.word().toLowerCase(Locale.GERMAN), "Speech"));
  }
}
