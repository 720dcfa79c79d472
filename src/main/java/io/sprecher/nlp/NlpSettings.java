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

  /** CoreNLP's default sentence-boundary followers plus the German closing marks “ and ‘. */
  static final String BOUNDARY_FOLLOWERS = "[\\p{Pe}\\p{Pf}\u201C\u2018\"'>＂＇＞]|''|-R[CRS]B-";

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
    // German closes „…“ with U+201C, which Unicode files as an opening mark: without this, the
    // closing mark after a full stop starts the next sentence and spoils its parse
    p.setProperty("ssplit.boundaryFollowersRegex", BOUNDARY_FOLLOWERS);
    return p;
  }
}
