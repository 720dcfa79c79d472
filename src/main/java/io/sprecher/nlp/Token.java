package io.sprecher.nlp;

import java.io.Serializable;
import java.util.Objects;

/**
 * One token of an annotated sentence, with CoreNLP's German annotations converted to plain values.
 *
 * @param index position in its sentence, from 0
 * @param word the word as CoreNLP tokenised it (a contraction such as "zum" becomes "zu" + "dem",
 *     both with the contraction's offsets)
 * @param pos universal part of speech (VERB, AUX, NOUN, PROPN, PRON, ...)
 * @param ner named-entity class (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param begin character offset of the first character in the article text
 * @param end character offset after the last character
 * @param head index of the syntactic head in the same sentence, -1 for the root
 * @param deprel universal dependency relation to the head ("nsubj", "obl:in", "root", ...)
 */
public record Token(
    int index, String word, String pos, String ner, int begin, int end, int head, String deprel)
    implements Serializable {

  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(deprel, "deprel");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad offsets " + begin + "-" + end + " for " + word);
    }
  }

  /** The relation without its subtype: "obl" for "obl:in". */
  public String relation() {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }

  public boolean isVerb() {
    return pos.equals("VERB") || pos.equals("AUX");
  }

  /**
   * True for punctuation, including quotation marks that the German tagger often takes for a noun
   * or a number ("„" as PROPN).
   */
  public boolean isPunct() {
    return pos.equals("PUNCT") || isQuotationMark();
  }

  /** A quotation mark of German or English typesetting („ “ ” » « " ‚ ‘ › ‹, and `` ''). */
  public boolean isQuotationMark() {
    return word.length() == 1 && isQuotationMark(word.charAt(0))
        || word.equals("``")
        || word.equals("''");
  }

  /** A quotation mark character („ “ ” » « " ‚ ‘ › ‹). */
  public static boolean isQuotationMark(char c) {
    return QUOTATION_MARKS.indexOf(c) >= 0;
  }

  private static final String QUOTATION_MARKS = "„“”»«\"‚‘›‹";

  public boolean isNamed() {
    return !ner.equals("O");
  }
}
