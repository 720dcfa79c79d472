package io.sprecher.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dates the statements of one article. A time expression in a statement's frame (its sentence,
 * outside what is quoted or reported) dates it: "sagte Kerry am Mittwoch", "teilte ... am Montag
 * mit", "Tags zuvor hatte er erklärt". Without one, a statement takes the date of the speaker's
 * previous dated statement in the article (a continuation that of the statement it continues), else
 * the publication date. Expressions inside the content ("er habe am Dienstag ...") date what is
 * reported, not when it was said, and are not used.
 */
public final class StatementDates implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TemporalExpressions expressions = new TemporalExpressions();

  /**
   * Where a statement stands in the article text.
   *
   * @param sentenceBegin offset of the frame's sentence
   * @param sentenceEnd offset after it
   * @param contentBegin offset of what is quoted or reported
   * @param contentEnd offset after it
   * @param cueOffset offset of the verb of saying or reporting phrase, or -1
   * @param speaker canonical speaker, or null when unresolved
   * @param continues index of the statement this one continues, or -1
   */
  public record Frame(
      int sentenceBegin,
      int sentenceEnd,
      int contentBegin,
      int contentEnd,
      int cueOffset,
      String speaker,
      int continues) {}

  /**
   * A statement's date.
   *
   * @param date the date, to its precision
   * @param source where it comes from
   * @param expression the words that dated it ("am Mittwoch"), for EXPLICIT and RELATIVE (and the
   *     statement's source words for INHERITED), else null
   */
  public record Dated(PartialDate date, DateSource source, String expression)
      implements Serializable {
    public Dated {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(source, "source");
    }
  }

  /** One date per frame, in the same order. */
  public List<Dated> date(String text, PartialDate published, List<Frame> frames) {
    List<TemporalExpression> found = expressions.find(text);
    List<PartialDate> resolved = resolveInOrder(found, published);
    List<Dated> out = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      int e = framing(found, resolved, frames, f);
      if (e >= 0) {
        TemporalExpression x = found.get(e);
        DateSource source = x.isCalendar() ? DateSource.EXPLICIT : DateSource.RELATIVE;
        out.add(new Dated(resolved.get(e), source, x.text()));
        continue;
      }
      Dated earlier = earlierDated(out, frames, i);
      if (earlier != null) {
        out.add(new Dated(earlier.date(), DateSource.INHERITED, earlier.expression()));
      } else if (published.isKnown()) {
        out.add(new Dated(published, DateSource.PUBLICATION, null));
      } else {
        out.add(new Dated(PartialDate.UNKNOWN, DateSource.NONE, null));
      }
    }
    return out;
  }

  /** Each expression resolved in text order: "Tags zuvor" needs the day named before it. */
  private static List<PartialDate> resolveInOrder(
      List<TemporalExpression> found, PartialDate published) {
    List<PartialDate> resolved = new ArrayList<>(found.size());
    LocalDate previousDay = null;
    for (TemporalExpression e : found) {
      PartialDate d = TemporalResolver.resolve(e, published, previousDay);
      resolved.add(d);
      if (d.precision() == DatePrecision.DAY) {
        previousDay = d.date();
      }
    }
    return resolved;
  }

  /**
   * The index of the resolved expression that frames {@code f}: in its sentence, outside every
   * statement's content, nearest to the cue (or to the content); -1 when there is none.
   */
  private static int framing(
      List<TemporalExpression> found, List<PartialDate> resolved, List<Frame> frames, Frame f) {
    if (f.continues() >= 0) {
      return -1; // a continuation has no frame of its own
    }
    int near = f.cueOffset() >= 0 ? f.cueOffset() : f.contentBegin();
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < found.size(); i++) {
      TemporalExpression e = found.get(i);
      if (e.begin() < f.sentenceBegin()
          || e.end() > f.sentenceEnd()
          || !resolved.get(i).isKnown()
          || insideContent(e, frames, f)) {
        continue;
      }
      int distance = Math.abs(e.begin() - near);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean insideContent(TemporalExpression e, List<Frame> frames, Frame f) {
    for (Frame o : frames) {
      boolean sameSentence =
          o.sentenceBegin() < f.sentenceEnd() && o.sentenceEnd() > f.sentenceBegin();
      if ((o == f || sameSentence) && e.begin() < o.contentEnd() && e.end() > o.contentBegin()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dated statement this one continues, else the speaker's latest earlier statement when its
   * date came from the text (EXPLICIT, RELATIVE or INHERITED); null when there is none.
   */
  private static Dated earlierDated(List<Dated> dated, List<Frame> frames, int i) {
    Frame f = frames.get(i);
    if (f.continues() >= 0 && f.continues() < i) {
      Dated d = dated.get(f.continues());
      return fromText(d) ? d : null;
    }
    if (f.speaker() == null) {
      return null;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (f.speaker().equals(frames.get(k).speaker())) {
        Dated d = dated.get(k);
        return fromText(d) ? d : null;
      }
    }
    return null;
  }

  private static boolean fromText(Dated d) {
    return d.source() == DateSource.EXPLICIT
        || d.source() == DateSource.RELATIVE
        || d.source() == DateSource.INHERITED;
  }
}
