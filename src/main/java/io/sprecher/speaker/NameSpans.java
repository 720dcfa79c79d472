package io.sprecher.speaker;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/** Groups tokens of the same named-entity class into names, joining hyphenated parts. */
public final class NameSpans {

  private NameSpans() {}

  /** All names of a sentence, in order. */
  public static List<NameSpan> of(AnnotatedText text, Sentence s) {
    List<NameSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Token t = s.token(i);
      if (!t.isNamed()) {
        i++;
        continue;
      }
      int last = i;
      while (true) {
        int next = last + 1;
        if (next < s.size() && s.token(next).ner().equals(t.ner())) {
          last = next;
        } else if (next + 1 < s.size()
            && s.token(next).word().equals("-")
            && s.token(next).begin() == s.token(last).end()
            && s.token(next + 1).ner().equals(t.ner())) {
          last = next + 1;
        } else {
          break;
        }
      }
      spans.add(new NameSpan(s.index(), i, last, t.ner(), text.span(s, i, last)));
      i = last + 1;
    }
    return spans;
  }

  /** All names of the text. */
  public static List<NameSpan> of(AnnotatedText text) {
    List<NameSpan> spans = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      spans.addAll(of(text, s));
    }
    return spans;
  }
}
