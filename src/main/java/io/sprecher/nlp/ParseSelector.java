package io.sprecher.nlp;

import java.util.BitSet;
import java.util.List;

/**
 * Chooses the sentences worth a dependency parse, the costliest step of the pipeline, from
 * sentences that have tokens, parts of speech and named entities but no tree yet (every head -1).
 */
@FunctionalInterface
public interface ParseSelector {

  /** Parses every sentence. */
  ParseSelector ALL =
      sentences -> {
        BitSet all = new BitSet(sentences.size());
        all.set(0, sentences.size());
        return all;
      };

  /** The indices of the sentences to parse. */
  BitSet select(List<Sentence> sentences);
}
