package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleNounsTest {

  private final RoleNouns roles = new RoleNouns();

  @Test
  void pressesprecherAndSprecherShareAnOffice() {
    assertThat(roles.office("Pressesprecher")).isNotNegative().isEqualTo(roles.office("Sprecher"));
    assertThat(roles.office("Regierungssprecherin")).isEqualTo(roles.office("Sprecher"));
  }

  @Test
  void chefdiplomatAndAussenministerShareAnOffice() {
    assertThat(roles.office("Chefdiplomat"))
        .isNotNegative()
        .isEqualTo(roles.office("Außenminister"));
  }

  @Test
  void compoundEndingInRoleNounHasThatOffice() {
    // "US-Außenminister" is one word to RoleNouns: it ends with "außenminister"
    assertThat(roles.office("US-Außenminister")).isEqualTo(roles.office("Chefdiplomat"));
    assertThat(roles.office("Kremlchef")).isEqualTo(roles.office("Präsident"));
  }

  @Test
  void longestMatchingEndingDecidesTheOffice() {
    // "Außenminister" also ends with "minister", a different office
    assertThat(roles.office("Außenminister")).isNotEqualTo(roles.office("Minister"));
    assertThat(roles.office("Verteidigungsminister")).isEqualTo(roles.office("Minister"));
  }

  @Test
  void swissSpellingHasTheSameOffice() {
    assertThat(roles.office("US-Aussenminister")).isEqualTo(roles.office("US-Außenminister"));
  }

  @Test
  void genitiveInSHasTheOfficeOfItsNominative() {
    // "nach Angaben seines Sprechers"
    assertThat(roles.office("Sprechers")).isNotNegative().isEqualTo(roles.office("Sprecher"));
    assertThat(roles.office("Außenministers")).isEqualTo(roles.office("Chefdiplomat"));
  }

  @Test
  void matchesIgnoringCase() {
    assertThat(roles.office("SPRECHERIN")).isEqualTo(roles.office("Sprecher"));
  }

  @Test
  void namesAndOrganisationsAreNoRole() {
    assertThat(roles.office("Kerry")).isEqualTo(-1);
    assertThat(roles.isRole("Pentagon")).isFalse();
    assertThat(roles.isRole("Verteidigungsministerium")).isFalse();
    assertThat(roles.isRole("Bass")).isFalse();
  }

  @Test
  void femaleFormIsRole() {
    assertThat(roles.isRole("Kanzlerin")).isTrue();
    assertThat(roles.office("Kanzlerin")).isEqualTo(roles.office("Regierungschef"));
  }

  @Test
  void genitiveOfWeakNounHasTheOfficeOfItsNominative() {
    assertThat(roles.office("Präsidenten")).isNotNegative().isEqualTo(roles.office("Präsident"));
    assertThat(roles.office("Chefdiplomaten")).isEqualTo(roles.office("Chefdiplomat"));
  }
}
