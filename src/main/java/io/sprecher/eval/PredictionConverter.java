package io.sprecher.eval;

import io.sprecher.extract.Span;
import io.sprecher.extract.Statement;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Sprecher's statements into the gold data's annotation format over the gold document's
 * tokens. Format conversion only: which statements exist and who said them is decided by the
 * pipeline, exactly as in {@code extract}. DIRECT quotes count with their quotation marks (as the
 * gold does); a MIXED statement is an Indirect annotation plus a nested Direct one per quoted part.
 */
public final class PredictionConverter {

  public List<Annotation> convert(GoldDocument doc, List<Statement> statements) {
    List<Annotation> out = new ArrayList<>();
    for (Statement s : statements) {
      List<Integer> speaker = s.speakerSpan() == null ? List.of() : tokens(doc, s.speakerSpan());
      List<Integer> cue = new ArrayList<>();
      s.cueSpans().forEach(c -> cue.addAll(tokens(doc, c)));
      List<Integer> frame = frame(doc, s);
      List<Integer> content = doc.tokensIn(s.begin(), s.end());
      Annotation main =
          switch (s.type()) {
            case DIRECT ->
                annotation(
                    "Direct",
                    s,
                    false,
                    tokens(doc, withMarks(doc.text(), s.begin(), s.end())),
                    speaker,
                    cue,
                    frame);
            case MIXED, INDIRECT -> annotation("Indirect", s, false, content, speaker, cue, frame);
            // "nach Angaben X, ..." frames a clause (Indirect); "X sprach von ..." is a report
            case REPORTED ->
                annotation(
                    verbInside(s) ? "Reported" : "Indirect",
                    s,
                    false,
                    content,
                    speaker,
                    cue,
                    frame);
            case FREE_INDIRECT ->
                annotation("IndirectFreeIndirect", s, false, content, speaker, cue, frame);
          };
      out.add(main);
      for (Span part : s.quotedParts()) {
        // a quotation inside reported speech is a nested Direct annotation in the gold data
        out.add(annotation("Direct", s, true, tokens(doc, part), speaker, cue, frame));
      }
      if (s.viaSpan() != null) {
        // "X zitiert Y": the gold data annotates the quotation once more, with X as its speaker
        List<Integer> via = tokens(doc, s.viaSpan());
        out.add(annotation(main.type(), s, true, main.quote(), via, cue, frame));
      }
    }
    return out;
  }

  private static boolean verbInside(Statement s) {
    return s.cueSpans().stream().anyMatch(c -> c.begin() >= s.begin() && c.end() <= s.end());
  }

  private static Annotation annotation(
      String type,
      Statement s,
      boolean nested,
      List<Integer> quote,
      List<Integer> speaker,
      List<Integer> cue,
      List<Integer> frame) {
    return new Annotation(type, s.medium(), nested, quote, speaker, cue, frame, List.of());
  }

  private static List<Integer> tokens(GoldDocument doc, Span span) {
    return doc.tokensIn(span.begin(), span.end());
  }

  /** The quotation marks around a direct quote's words belong to it in the gold data. */
  private static Span withMarks(String text, int begin, int end) {
    int b = begin > 0 && Token.isQuotationMark(text.charAt(begin - 1)) ? begin - 1 : begin;
    int e = end < text.length() && Token.isQuotationMark(text.charAt(end)) ? end + 1 : end;
    return new Span(b, e);
  }

  /**
   * The frame: speaker and cue and what lies between them, with the comma or colon that leads into
   * a quotation following the frame.
   */
  private static List<Integer> frame(GoldDocument doc, Statement s) {
    if (s.cueSpans().isEmpty()) {
      return List.of();
    }
    int begin = s.cueSpans().get(0).begin();
    int end = s.cueSpans().get(s.cueSpans().size() - 1).end();
    if (s.speakerSpan() != null && s.cue() != null) {
      Span sp = s.speakerSpan();
      boolean near = Math.abs(sp.begin() - begin) < 200;
      if (near) {
        begin = Math.min(begin, sp.begin());
        end = Math.max(end, sp.end());
      }
    }
    if (end <= s.begin()) {
      String between = doc.text().substring(end, s.begin());
      int lead = leadingPunctuation(between);
      end += lead;
    }
    return doc.tokensIn(begin, end);
  }

  private static int leadingPunctuation(String between) {
    int i = 0;
    while (i < between.length() && Character.isWhitespace(between.charAt(i))) {
      i++;
    }
    if (i < between.length() && (between.charAt(i) == ',' || between.charAt(i) == ':')) {
      return i + 1;
    }
    return 0;
  }
}
