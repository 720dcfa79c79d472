package io.sprecher.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class NlpSettingsTest {

  private static Properties german() {
    Properties p = new Properties();
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_German.gz");
    return p;
  }

  @Test
  void givesTheParserCacheSizeToCoreNlpsParserOnly() {
    NlpSettings settings = new NlpSettings("always", 1000);
    assertThat(settings.parserProperties(german()).getProperty("depparse.numCached"))
        .isEqualTo("1000");
    assertThat(settings.parserProperties(german()).getProperty("depparse.model"))
        .endsWith("UD_German.gz");
    // the benchmark's baseline stays CoreNLP as shipped
    assertThat(settings.fullProperties(german()).getProperty("depparse.numCached")).isNull();
  }

  @Test
  void refusesACacheSizeBelowOne() {
    assertThatThrownBy(() -> new NlpSettings("always", 0))
        .hasMessageContaining("parserCacheEntries must be positive");
  }
}
