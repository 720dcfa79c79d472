package io.sprecher.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  private final LanguageCheck check = new LanguageCheck();

  @Test
  void everySeedArticleIsGerman() throws Exception {
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        assertThat(check.notGerman(Files.readString(seed))).as(seed.toString()).isEmpty();
      }
    }
  }

  @Test
  void sportsResultsWithFewFunctionWordsAreStillGerman() {
    String results =
        "Bayern München – Hertha BSC 2:1, VfB Stuttgart – Werder Bremen 0:0, Hamburger SV –"
            + " Schalke 04 1:3, Borussia Dortmund – VfL Wolfsburg 4:0, Hannover 96 – 1. FC Köln"
            + " 2:2. Tabellenführer bleibt der FC Bayern vor Schalke und Bremen, die Dortmunder"
            + " rücken auf den vierten Platz vor.";
    assertThat(check.notGerman(results)).isEmpty();
  }

  @Test
  void shortTextIsGivenTheBenefitOfTheDoubt() {
    assertThat(check.notGerman("Breaking: Kerry meets Lavrov in Moscow")).isEmpty();
  }
}
