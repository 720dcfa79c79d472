package io.sprecher.eval;

import java.util.List;

/** A readable list of an evaluation's errors: missed, spurious and wrongly attributed quotes. */
final class ErrorReport {

  private final StringBuilder out = new StringBuilder("# Evaluation errors\n");
  private int missed;
  private int spurious;
  private int wrongSpeaker;

  void add(GoldDocument doc, List<QuotationMetric.Unit> units) {
    StringBuilder d = new StringBuilder();
    for (QuotationMetric.Unit u : units) {
      Annotation g = u.gold();
      Annotation p = u.predicted();
      boolean overlap = g != null && p != null && QuotationMetric.jaccard(g.quote(), p.quote()) > 0;
      if (g != null && !overlap) {
        missed++;
        d.append("- MISSED ")
            .append(g.type())
            .append(" [")
            .append(doc.textOf(g.speaker()))
            .append("] ")
            .append(doc.textOf(g.quote()))
            .append('\n');
      }
      if (p != null && !overlap) {
        spurious++;
        d.append("- SPURIOUS ")
            .append(p.type())
            .append(" [")
            .append(doc.textOf(p.speaker()))
            .append("] ")
            .append(doc.textOf(p.quote()))
            .append('\n');
      }
      if (overlap && !g.speaker().equals(p.speaker())) {
        wrongSpeaker++;
        d.append("- SPEAKER gold [")
            .append(doc.textOf(g.speaker()))
            .append("] ours [")
            .append(doc.textOf(p.speaker()))
            .append("] ")
            .append(doc.textOf(g.quote()))
            .append('\n');
      }
    }
    if (d.length() > 0) {
      out.append("\n## ").append(doc.name()).append('\n').append(d);
    }
  }

  String render() {
    return out
        + String.format(
            "%n---%nmissed %d, spurious %d, wrong speaker span %d%n",
            missed, spurious, wrongSpeaker);
  }
}
