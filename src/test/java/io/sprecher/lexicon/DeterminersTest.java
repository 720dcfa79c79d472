package io.sprecher.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeterminersTest {

  @Test
  void genitiveDeterminersOpenAnAttributeOthersDoNot() {
    assertThat(Determiners.isGenitive("seines")).isTrue();
    assertThat(Determiners.isGenitive("Einiger")).isTrue();
    assertThat(Determiners.isGenitive("die")).isFalse();
    assertThat(Determiners.isGenitive("seinen")).isFalse();
  }

  @Test
  void inflectedDeterminersAreDeterminersAndAdjectivesAreNot() {
    assertThat(Determiners.isDeterminer("einige")).isTrue();
    assertThat(Determiners.isDeterminer("dessen")).isTrue();
    assertThat(Determiners.isDeterminer("die")).isTrue();
    assertThat(Determiners.isDeterminer("deutschen")).isFalse();
    assertThat(Determiners.isDeterminer("Allgemeinen")).isFalse();
  }

  @Test
  void articlesByKind() {
    assertThat(Determiners.isDefinite("Den")).isTrue();
    assertThat(Determiners.isDefinite("ein")).isFalse();
    assertThat(Determiners.isSingular("eine")).isTrue();
    assertThat(Determiners.isSingular("die")).isFalse();
    assertThat(Determiners.isGenitiveSingular("eines")).isTrue();
    assertThat(Determiners.isRelative("welche")).isTrue();
    assertThat(Determiners.isRelative("sein")).isFalse();
  }
}
