package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNounsTest {

  private final OrganisationNouns organisations = new OrganisationNouns();

  @Test
  void compoundEndingInOrganisationNounIsOrganisation() {
    assertThat(organisations.isOrganisation("Verteidigungsministerium")).isTrue();
    assertThat(organisations.isOrganisation("US-Außenministerium")).isTrue();
    assertThat(organisations.isOrganisation("Beobachtungsstelle")).isTrue();
    assertThat(organisations.isOrganisation("UNO-Sicherheitsrat")).isTrue();
  }

  @Test
  void listedNameIsOrganisationIgnoringCase() {
    assertThat(organisations.isOrganisation("Pentagon")).isTrue();
    assertThat(organisations.isOrganisation("KREML")).isTrue();
  }

  @Test
  void personAndRoleNounsAreNoOrganisation() {
    assertThat(organisations.isOrganisation("Kerry")).isFalse();
    assertThat(organisations.isOrganisation("Pressesprecher")).isFalse();
    assertThat(organisations.isOrganisation("Chefdiplomat")).isFalse();
  }

  @Test
  void onlyTheBareNounIsGeneric() {
    assertThat(organisations.isGeneric("Ministerium")).isTrue();
    assertThat(organisations.isGeneric("konzern")).isTrue();
    assertThat(organisations.isGeneric("Innenministerium")).isFalse();
    assertThat(organisations.isGeneric("Kerry")).isFalse();
  }

  @Test
  void genitiveOfAnOrganisationNounBecomesItsNominative() {
    assertThat(organisations.nominative("Bundeskriminalamts")).isEqualTo("Bundeskriminalamt");
    assertThat(organisations.nominative("Haushaltsausschusses")).isEqualTo("Haushaltsausschuss");
    assertThat(organisations.nominative("Auswärtigen Amtes")).isEqualTo("Auswärtigen Amt");
    assertThat(organisations.nominative("Innenministeriums in Kairo"))
        .isEqualTo("Innenministerium in Kairo");
    assertThat(organisations.nominative("Reuters")).isEqualTo("Reuters");
    assertThat(organisations.nominative("Untersuchungsausschuss des Bundestags"))
        .isEqualTo("Untersuchungsausschuss des Bundestags");
    assertThat(organisations.nominative(null)).isNull();
  }
}
