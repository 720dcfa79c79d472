package io.sprecher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprecher.extract.ParseScope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigTest {

  @TempDir Path dir;

  private PipelineConfig load(String content) throws Exception {
    Path f = dir.resolve("sprecher.properties");
    Files.writeString(f, content);
    return PipelineConfig.load(f);
  }

  @Test
  void parsesOnlyStatementSentencesByDefaultAndEverySentenceWhenAsked() throws Exception {
    assertThat(PipelineConfig.DEFAULTS.parseScope()).isEqualTo(ParseScope.STATEMENTS);
    assertThat(load("nlp.parse = all\n").parseScope()).isEqualTo(ParseScope.ALL);
    assertThat(load("nlp.parse = statements\n").parseScope()).isEqualTo(ParseScope.STATEMENTS);
  }

  @Test
  void readsTheParserCacheSize() throws Exception {
    assertThat(PipelineConfig.DEFAULTS.nlp().parserCacheEntries()).isEqualTo(50_000);
    assertThat(load("nlp.parserCacheEntries = 1000\n").nlp().parserCacheEntries()).isEqualTo(1000);
    assertThatThrownBy(() -> load("nlp.parserCacheEntries = lots\n"))
        .hasMessageContaining("nlp.parserCacheEntries must be a whole number, not lots");
    assertThatThrownBy(() -> load("nlp.parserCacheEntries = 4294967296\n"))
        .hasMessageContaining("nlp.parserCacheEntries must be at most 2147483647");
  }

  @Test
  void namesTheKeyOfABadValue() {
    assertThatThrownBy(() -> load("nlp.parse = some\n"))
        .hasMessageContaining("nlp.parse must be statements or all, not some");
  }

  @Test
  void theShippedConfigurationHoldsTheDefaults() {
    assertThat(PipelineConfig.load(Path.of("conf/sprecher.properties")))
        .isEqualTo(PipelineConfig.DEFAULTS);
  }
}
