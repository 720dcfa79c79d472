package io.sprecher.nlp;

import java.io.Serializable;
import java.util.Properties;

/**
 * The CoreNLP settings Sprecher runs with: German models and the annotators it needs. Built on the
 * driver from configuration and shipped to executors as a small value; executors never read
 * configuration files.
 *
 * @param newlineIsSentenceBreak CoreNLP's ssplit.newlineIsSentenceBreak: "always" (every line is a
 *     paragraph, as in crawled news), "two" (only blank lines) or "never"
 */
public record NlpSettings(String newlineIsSentenceBreak) implements Serializable {

  public static final NlpSettings DEFAULTS = new NlpSettings("always");

  public NlpSettings {
    if (!newlineIsSentenceBreak.matches("always|two|never")) {
      throw new IllegalArgumentException(
          "newlineIsSentenceBreak must be always, two or never, not " + newlineIsSentenceBreak);
    }
  }

  /** CoreNLP properties: the German defaults from the models jar plus these settings. */
  Properties toProperties(Properties germanDefaults) {
    Properties p = new Properties();
    p.putAll(germanDefaults);
    p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
    return p;
  }
}
