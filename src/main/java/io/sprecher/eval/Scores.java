package io.sprecher.eval;

import java.util.Locale;
import java.util.Map;

/**
 * The figures of an evaluation run (the metric of ../shared/data/README.md).
 *
 * @param messages precision/recall/F1 of the quote role
 * @param roles of speaker, cue, frame and addressee together
 * @param joint of all roles
 * @param speaker of the speaker role alone
 * @param cue of the cue role alone
 * @param foundByType for each gold type: [found, total] gold quotations (paired with overlap)
 * @param gold number of gold quotations
 * @param predicted number of predicted quotations
 */
public record Scores(
    Prf messages,
    Prf roles,
    Prf joint,
    Prf speaker,
    Prf cue,
    Map<String, int[]> foundByType,
    int gold,
    int predicted) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall) {
    public double f1() {
      double s = precision + recall;
      return s == 0 ? 0 : 2 * precision * recall / s;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", precision, recall, f1());
    }
  }

  /** A readable report of all figures. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "gold quotations %d, predicted %d%n", gold, predicted));
    b.append("messages  ").append(messages).append('\n');
    b.append("roles     ").append(roles).append('\n');
    b.append("joint     ").append(joint).append('\n');
    b.append("speaker   ").append(speaker).append('\n');
    b.append("cue       ").append(cue).append('\n');
    b.append("gold quotations found, by type:\n");
    foundByType.forEach(
        (type, c) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "  %-22s %4d / %4d  %5.1f%%%n",
                    type,
                    c[0],
                    c[1],
                    c[1] == 0 ? 0.0 : 100.0 * c[0] / c[1])));
    return b.toString();
  }
}
