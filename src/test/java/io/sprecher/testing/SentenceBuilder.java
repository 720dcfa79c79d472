package io.sprecher.testing;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a parsed sentence by hand, for model-free tests of the rules that read tokens and trees.
 * Each token is written {@code "word/POS/head/deprel"} or {@code "word/POS/head/deprel/NER"}: the
 * universal POS tag, the 0-based index of the head (-1 for the root), the relation, and optionally
 * the named-entity class ("O" when left out). Offsets are found by looking each word up in the
 * text, in order, so the text must spell every token (words must not contain "/"; write
 * contractions such as "am" as one token). Copy the parse CoreNLP gives for a real sentence to keep
 * tests realistic.
 *
 * <pre>{@code
 * Sentence s = SentenceBuilder.sentence("Hammond erklärte, die Lage werde komplizierter.",
 *     "Hammond/PROPN/1/nsubj/PERSON", "erklärte/VERB/-1/root", ",/PUNCT/6/punct",
 *     "die/DET/4/det", "Lage/NOUN/6/nsubj", "werde/AUX/6/cop", "komplizierter/ADJ/1/ccomp",
 *     "./PUNCT/1/punct");
 * }</pre>
 */
public final class SentenceBuilder {

  private SentenceBuilder() {}

  /** Sentence 0 of {@code text}, with the given tokens. */
  public static Sentence sentence(String text, String... tokens) {
    return sentence(0, text, 0, tokens);
  }

  /**
   * Sentence {@code index} of {@code text}; its tokens are looked up from offset {@code from}.
   *
   * @throws IllegalArgumentException when a word is not in the text or a spec is malformed
   */
  public static Sentence sentence(int index, String text, int from, String... tokens) {
    List<Token> out = new ArrayList<>(tokens.length);
    int at = from;
    for (String spec : tokens) {
      String[] f = spec.split("/", -1);
      if (f.length < 4 || f.length > 5 || f[0].isEmpty()) {
        throw new IllegalArgumentException(
            "token spec must be word/POS/head/deprel[/NER], not " + spec);
      }
      int begin = text.indexOf(f[0], at);
      if (begin < 0) {
        throw new IllegalArgumentException(
            "\"" + f[0] + "\" not found in the text after offset " + at + ": " + text);
      }
      int end = begin + f[0].length();
      out.add(
          new Token(
              out.size(),
              f[0],
              f[1],
              f.length == 5 ? f[4] : "O",
              begin,
              end,
              Integer.parseInt(f[2]),
              f[3]));
      at = end;
    }
    int begin = out.isEmpty() ? from : out.get(0).begin();
    int end = out.isEmpty() ? from : out.get(out.size() - 1).end();
    return new Sentence(index, begin, end, out);
  }

  /** A text of one sentence. */
  public static AnnotatedText text(String text, String... tokens) {
    return new AnnotatedText(text, List.of(sentence(text, tokens)));
  }
}
