package io.sprecher.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjectivesTest {

  private final Adjectives adjectives = new Adjectives();

  @Test
  void inflectedAdjectiveTakesTheGivenEnding() {
    assertThat(adjectives.withEnding("Auswärtigen", "es")).isEqualTo("Auswärtiges");
    assertThat(adjectives.withEnding("europäischen", "e")).isEqualTo("europäische");
    assertThat(adjectives.withEnding("Zentraler", "e")).isEqualTo("Zentrale");
    assertThat(adjectives.withEnding("Roten", "es")).isEqualTo("Rotes");
    assertThat(adjectives.withEnding("Vereinten", "e")).isEqualTo("Vereinte");
  }

  @Test
  void placeAdjectivesNounsAndDeterminersStayAsWritten() {
    assertThat(adjectives.withEnding("Wiener", "e")).isEqualTo("Wiener");
    assertThat(adjectives.withEnding("Leipziger", "e")).isEqualTo("Leipziger");
    assertThat(adjectives.withEnding("Flughafen", "e")).isEqualTo("Flughafen");
    assertThat(adjectives.withEnding("einige", "er")).isEqualTo("einige");
    assertThat(adjectives.withEnding("dessen", "e")).isEqualTo("dessen");
    assertThat(adjectives.withEnding("Konten", "e")).isEqualTo("Konten");
  }
}
