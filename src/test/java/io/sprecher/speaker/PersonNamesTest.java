package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private static NameSpan person(int sentence, String text) {
    return name(sentence, "PERSON", text);
  }

  private static NameSpan name(int sentence, String type, String text) {
    int words = text.split("\\s+").length;
    return new NameSpan(sentence, 0, words - 1, type, text);
  }

  @Test
  void shortFormBecomesFullNameFromTheArticle() {
    PersonNames names =
        new PersonNames(
            List.of(
                person(0, "John Kerry"),
                person(0, "Maite Nkoana-Mashabane"),
                person(1, "Kerry"),
                person(3, "Sergej Lawrow")));

    assertThat(names.canonical("Kerry")).isEqualTo("John Kerry");
    assertThat(names.canonical("Lawrow")).isEqualTo("Sergej Lawrow");
  }

  @Test
  void shortFormStaysWhenTheArticleHasNoFullerName() {
    PersonNames names = new PersonNames(List.of(person(0, "Kerry"), person(2, "Sergej Lawrow")));

    assertThat(names.canonical("Kerry")).isEqualTo("Kerry");
  }

  @Test
  void fullNameStaysAsItIs() {
    PersonNames names = new PersonNames(List.of(person(0, "John Kerry")));

    assertThat(names.canonical("John Kerry")).isEqualTo("John Kerry");
  }

  @Test
  void matchesOnTheLastWordOnly() {
    // "Kerry Washington" is another person whose first name is Kerry
    PersonNames names = new PersonNames(List.of(person(0, "Kerry Washington")));

    assertThat(names.canonical("Kerry")).isEqualTo("Kerry");
  }

  @Test
  void matchesLastWordIgnoringCase() {
    PersonNames names = new PersonNames(List.of(person(0, "Wladimir PUTIN")));

    assertThat(names.canonical("Putin")).isEqualTo("Wladimir PUTIN");
  }

  @Test
  void choosesTheFullestForm() {
    PersonNames names =
        new PersonNames(List.of(person(0, "John Kerry"), person(4, "John Forbes Kerry")));

    assertThat(names.canonical("Kerry")).isEqualTo("John Forbes Kerry");
  }

  @Test
  void ignoresNamesOfOtherClasses() {
    PersonNames names = new PersonNames(List.of(name(0, "LOCATION", "Cape Kennedy")));

    assertThat(names.canonical("Kennedy")).isEqualTo("Kennedy");
  }

  @Test
  void ignoresRunsOfMoreThanFourWords() {
    // NER sometimes runs several names together
    PersonNames names = new PersonNames(List.of(person(0, "Barack Obama John Forbes Kerry")));

    assertThat(names.canonical("Kerry")).isEqualTo("Kerry");
  }

  @Test
  void nullStaysNull() {
    assertThat(new PersonNames(List.of(person(0, "John Kerry"))).canonical(null)).isNull();
  }

  @Test
  void shortFormMatchesNameWithArticlePrefix() {
    PersonNames names = new PersonNames(List.of(person(0, "Baschar al-Assad")));

    assertThat(names.canonical("Assad")).isEqualTo("Baschar al-Assad");
  }

  @Test
  void familyNameFirstBecomesTheFullNameThatStartsWithIt() {
    PersonNames names =
        new PersonNames(
            List.of(person(0, "Ban Ki-moon"), person(2, "Ban"), person(3, "Ai Weiwei")));

    assertThat(names.canonical("Ban")).isEqualTo("Ban Ki-moon");
    assertThat(names.canonical("Ai")).isEqualTo("Ai Weiwei");
  }

  @Test
  void nameEndingInTheWordWinsOverOneStartingWithIt() {
    PersonNames names = new PersonNames(List.of(person(0, "Li Keqiang"), person(1, "Wolfgang Li")));

    assertThat(names.canonical("Li")).isEqualTo("Wolfgang Li");
  }

  @Test
  void genitiveOfANameTheArticleAlsoGivesIsNoFullerForm() {
    PersonNames names =
        new PersonNames(
            List.of(person(0, "Ai Weiwei"), person(1, "Ai Weiweis"), person(2, "Weiweis")));

    assertThat(names.canonical("Ai")).isEqualTo("Ai Weiwei");
  }

  @Test
  void familyNameOfTwoPeopleInTheArticleStaysAsItIs() {
    PersonNames names =
        new PersonNames(List.of(person(0, "Kim Jong-un"), person(1, "Kim Yo-jong")));

    assertThat(names.canonical("Kim")).isEqualTo("Kim");
  }
}
