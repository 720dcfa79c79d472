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

  /** CoreNLP properties of the tagging step: German defaults, tokens to named entities. */
  Properties taggerProperties(Properties germanDefaults) {
    Properties p = new Properties();
    p.putAll(germanDefaults);
    p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
    // German closes „…“ with U+201C, which Unicode files as an opening mark: without this, the
    // closing mark after a full stop starts the next sentence and spoils its parse
    p.setProperty("ssplit.boundaryFollowersRegex", BOUNDARY_FOLLOWERS);
    return p;
  }

  /** CoreNLP properties of the whole German pipeline in one (the benchmark's baseline). */
  Properties fullProperties(Properties germanDefaults) {
    Properties p = taggerProperties(germanDefaults);
    p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
    return p;
  }

  /** CoreNLP properties of the parsing step: the German dependency parser alone. */
  Properties parserProperties(Properties germanDefaults) {
    Properties p = new Properties();
    p.putAll(germanDefaults);
    p.setProperty("annotators", "depparse");
    p.setProperty("enforceRequirements", "false"); // its input comes tagged from the first step
    return p;
  }
}
