package io.sprecher.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One sentence with its tokens and dependency tree.
 *
 * @param index position in the article, from 0
 * @param begin character offset of the first token
 * @param end character offset after the last token
 * @param tokens the tokens, in order
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) implements Serializable {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** True when the sentence has a dependency tree (see {@link ParseSelector}). */
  public boolean isParsed() {
    return tokens.stream().anyMatch(t -> t.head() >= 0 || t.relation().equals("root"));
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Indices of the tokens whose head is {@code i}, in order. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == i) {
        out.add(t.index());
      }
    }
    return out;
  }

  /**
   * Indices of the dependents of {@code i} whose relation (without subtype) is {@code relation}.
   */
  public List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == i && t.relation().equals(relation)) {
        out.add(t.index());
      }
    }
    return out;
  }

  /** Token {@code i} and all tokens it dominates. Robust against cycles in a malformed tree. */
  public BitSet subtree(int i) {
    BitSet in = new BitSet(tokens.size());
    in.set(i);
    boolean grown = true;
    while (grown) {
      grown = false;
      for (Token t : tokens) {
        if (!in.get(t.index()) && t.head() >= 0 && in.get(t.head())) {
          in.set(t.index());
          grown = true;
        }
      }
    }
    return in;
  }

  /** Index of the first token that starts at or after character offset {@code offset}, or size. */
  public int firstTokenAtOrAfter(int offset) {
    for (Token t : tokens) {
      if (t.begin() >= offset) {
        return t.index();
      }
    }
    return tokens.size();
  }
}
