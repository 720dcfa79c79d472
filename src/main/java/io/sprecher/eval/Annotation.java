package io.sprecher.eval;

import java.util.List;

/**
 * One quotation in the gold data's format: its roles as sorted token ids of the gold document.
 *
 * @param type Direct, Indirect, FreeIndirect, IndirectFreeIndirect or Reported
 * @param medium Speech, Thought, Writing, ST, SW or TW
 * @param nested true for a direct quote inside an indirect one
 */
public record Annotation(
    String type,
    String medium,
    boolean nested,
    List<Integer> quote,
    List<Integer> speaker,
    List<Integer> cue,
    List<Integer> frame,
    List<Integer> addressee) {

  public Annotation {
    quote = sortedDistinct(quote);
    speaker = sortedDistinct(speaker);
    cue = sortedDistinct(cue);
    frame = sortedDistinct(frame);
    addressee = sortedDistinct(addressee);
  }

  /** The roles other than the quote, in the metric's order. */
  public List<List<Integer>> roles() {
    return List.of(addressee, cue, frame, speaker);
  }

  private static List<Integer> sortedDistinct(List<Integer> ids) {
    return ids.stream().distinct().sorted().toList();
  }
}
