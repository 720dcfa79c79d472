package io.sprecher.testing;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Annotator;
import io.sprecher.nlp.CoreNlpPipelines;
import io.sprecher.nlp.NlpSettings;

/** CoreNLP German for tests: loaded once per test JVM, through the production holder. */
public final class German {

  private German() {}

  public static Annotator annotator() {
    return CoreNlpPipelines.german(NlpSettings.DEFAULTS);
  }

  public static AnnotatedText annotate(String text) {
    return annotator().annotate(text);
  }
}
