package io.sprecher.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.lexicon.NounGenders.Gender;
import org.junit.jupiter.api.Test;

class NounGendersTest {

  private final NounGenders genders = new NounGenders();

  @Test
  void compoundTakesTheGenderOfItsLongestListedEnding() {
    assertThat(genders.of("Staatsanwaltschaft")).isEqualTo(Gender.FEMININE);
    assertThat(genders.of("Bundestag")).isEqualTo(Gender.MASCULINE);
    assertThat(genders.of("Verlag")).isEqualTo(Gender.MASCULINE);
    assertThat(genders.of("AG")).isEqualTo(Gender.FEMININE);
    assertThat(genders.of("Außenministerium")).isEqualTo(Gender.NEUTER);
    assertThat(genders.of("Sicherheitsrat")).isEqualTo(Gender.MASCULINE);
    assertThat(genders.of("Streitkräfte")).isEqualTo(Gender.PLURAL);
  }

  @Test
  void nounWithNoListedEndingHasNoKnownGender() {
    assertThat(genders.of("League")).isNull();
    assertThat(genders.of("Reuters")).isNull();
  }
}
