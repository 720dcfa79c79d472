package io.sprecher.quote;

import java.io.Serializable;

/**
 * A verb of saying found in a sentence.
 *
 * @param verb index of the verb token
 * @param particle index of its separated particle ("mit" in "teilte ... mit"), or -1
 * @param lemma the lexicon lemma ("mitteilen")
 * @param medium Speech, Writing, Thought, SW, ST or TW
 * @param phrase true for a reporting phrase ("zufolge", "nach Angaben") rather than a verb; {@code
 *     verb} is then the phrase's first token
 */
public record Cue(int verb, int particle, String lemma, String medium, boolean phrase)
    implements Serializable {

  /** A verb of saying. */
  public Cue(int verb, int particle, String lemma, String medium) {
    this(verb, particle, lemma, medium, false);
  }

  /** A reporting phrase starting at token {@code first}. */
  public static Cue phrase(int first, String words) {
    return new Cue(first, -1, words, "SW", true);
  }
}
