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
 * @param parserCacheEntries CoreNLP's depparse.numCached: how many hidden-layer vectors (4 kB each)
 *     of words outside the model's precomputed vocabulary the dependency parser keeps (CoreNLP's
 *     default is 5,000)
 */
public record NlpSettings(String newlineIsSentenceBreak, int parserCacheEntries)
    implements Serializable {

  /** CoreNLP's default sentence-boundary followers plus the German closing marks “ and ‘. */
  static final String BOUNDARY_FOLLOWERS = "[\\p{Pe}\\p{Pf}\u201C\u2018\"'>＂＇＞]|''|-R[CRS]B-";

  /** CoreNLP's own default of depparse.numCached. */
  public static final int CORENLP_PARSER_CACHE_ENTRIES = 5_000;

  public static final NlpSettings DEFAULTS = new NlpSettings("always", 50_000);

  public NlpSettings {
    if (!newlineIsSentenceBreak.matches("always|two|never")) {
      throw new IllegalArgumentException(
          "newlineIsSentenceBreak must be always, two or never, not " + newlineIsSentenceBreak);
    }
    if (parserCacheEntries < 1) {
      // 0 would switch CoreNLP's cache off and with it to other arithmetic (doubles, not floats)
      throw new IllegalArgumentException(
          "parserCacheEntries must be positive, not " + parserCacheEntries);
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

  /** CoreNLP properties of the dependency parser: German defaults with the cache size. */
  Properties parserProperties(Properties germanDefaults) {
    Properties p = new Properties();
    p.putAll(germanDefaults);
    p.setProperty("depparse.numCached", Integer.toString(parserCacheEntries));
    return p;
  }

  /**
   * CoreNLP properties of the whole German pipeline in one, as CoreNLP ships it (the benchmark's
   * baseline): German defaults and Sprecher's sentence splitting, nothing tuned.
   */
  Properties fullProperties(Properties germanDefaults) {
    Properties p = taggerProperties(germanDefaults);
    p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
    return p;
  }
}
