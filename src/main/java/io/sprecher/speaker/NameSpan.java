package io.sprecher.speaker;

/**
 * A run of tokens of one named-entity class in a sentence ("John Kerry", "Nkoana-Mashabane").
 *
 * @param sentence sentence index
 * @param first first token
 * @param last last token (inclusive)
 * @param type the named-entity class
 * @param text the words as written
 */
public record NameSpan(int sentence, int first, int last, String type, String text) {

  public boolean contains(int token) {
    return token >= first && token <= last;
  }

  /** The last word of the name ("Kerry" for "John Kerry"). */
  public String lastWord() {
    String[] words = text.split("\\s+");
    return words[words.length - 1];
  }
}
