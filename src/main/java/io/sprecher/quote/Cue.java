package io.sprecher.quote;

import java.io.Serializable;

/**
 * A verb of saying found in a sentence.
 *
 * @param verb index of the verb token
 * @param particle index of its separated particle ("mit" in "teilte ... mit"), or -1
 * @param lemma the lexicon lemma ("mitteilen")
 * @param medium Speech, Writing, Thought, SW, ST or TW
 */
public record Cue(int verb, int particle, String lemma, String medium) implements Serializable {}
