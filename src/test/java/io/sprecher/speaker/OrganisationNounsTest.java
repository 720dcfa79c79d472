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
    assertThat(organisations.isOrganisation("Verfassungsgerichtshof")).isTrue();
    assertThat(organisations.isOrganisation("Rechnungshof")).isTrue();
    assertThat(organisations.isOrganisation("Küstenwache")).isTrue();
    assertThat(organisations.isOrganisation("Fachverbands")).isTrue();
    assertThat(organisations.isOrganisation("Bundesamtes")).isTrue();
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
    // ends with "rat", but a person
    assertThat(organisations.isOrganisation("Sozialdemokrat")).isFalse();
    assertThat(organisations.isOrganisation("Technokrat")).isFalse();
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
    assertThat(organisations.nominative("Bundeskriminalamts", true)).isEqualTo("Bundeskriminalamt");
    assertThat(organisations.nominative("Haushaltsausschusses", true))
        .isEqualTo("Haushaltsausschuss");
    assertThat(organisations.nominative("Auswärtigen Amtes", true)).isEqualTo("Auswärtiges Amt");
    assertThat(organisations.nominative("Innenministeriums in Kairo", true))
        .isEqualTo("Innenministerium in Kairo");
    assertThat(organisations.nominative("Reuters", true)).isEqualTo("Reuters");
    assertThat(organisations.nominative("Untersuchungsausschuss des Bundestags", true))
        .isEqualTo("Untersuchungsausschuss des Bundestags");
    assertThat(organisations.nominative(null, false)).isNull();
  }

  @Test
  void adjectivesOfANameTakeTheNominativeEndingOfTheirNounsGender() {
    assertThat(organisations.nominative("Europäischen Union", false))
        .isEqualTo("Europäische Union");
    assertThat(organisations.nominative("Vereinten Nationen", false))
        .isEqualTo("Vereinte Nationen");
    assertThat(organisations.nominative("slowenischen Innenministerium", false))
        .isEqualTo("slowenisches Innenministerium");
    assertThat(organisations.nominative("russischem Innenministerium", false))
        .isEqualTo("russisches Innenministerium");
    assertThat(organisations.nominative("Oberste Gerichtshof", false))
        .isEqualTo("Oberster Gerichtshof");
    assertThat(organisations.nominative("Süddeutscher Zeitung", false))
        .isEqualTo("Süddeutsche Zeitung");
    assertThat(organisations.nominative("Deutsche Zentrum für Luft- und Raumfahrt", false))
        .isEqualTo("Deutsches Zentrum für Luft- und Raumfahrt");
    assertThat(organisations.nominative("staatliche serbische TV-Sender RTS", false))
        .isEqualTo("staatlicher serbischer TV-Sender RTS");
  }

  @Test
  void genitiveNounWhoseGenderIsKnownLosesItsEnding() {
    assertThat(organisations.nominative("Bayerischen Rundfunks", true))
        .isEqualTo("Bayerischer Rundfunk");
    assertThat(organisations.nominative("Europäischen Gerichtshofs", true))
        .isEqualTo("Europäischer Gerichtshof");
    assertThat(organisations.nominative("Roten Kreuzes", true)).isEqualTo("Rotes Kreuz");
    // not taken from a genitive: the -s stays
    assertThat(organisations.nominative("Reuters", false)).isEqualTo("Reuters");
  }

  @Test
  void neuterNounsInRatKeepTheirGender() {
    assertThat(organisations.nominative("Islamischen Emirats", true))
        .isEqualTo("Islamisches Emirat");
  }

  @Test
  void placeAdjectivesNamesAndDeterminersKeepTheirForm() {
    assertThat(organisations.nominative("Frankfurter Allgemeinen Sonntagszeitung", false))
        .isEqualTo("Frankfurter Allgemeine Sonntagszeitung");
    assertThat(organisations.nominative("Leipziger Polizei", false)).isEqualTo("Leipziger Polizei");
    assertThat(organisations.nominative("Flughafen Wien AG", false)).isEqualTo("Flughafen Wien AG");
    assertThat(organisations.nominative("Serbiens Innenministerium", false))
        .isEqualTo("Serbiens Innenministerium");
    assertThat(organisations.nominative("dessen Partei", false)).isEqualTo("dessen Partei");
    assertThat(organisations.nominative("Premier League", false)).isEqualTo("Premier League");
  }
}
