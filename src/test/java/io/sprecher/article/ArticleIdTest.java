package io.sprecher.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

  private static final String TITLE = "USA und Russland erwägen militärische Absprachen";
  private static final String TEXT =
      "Die USA und Russland erwägen offenbar ein gemeinsames Vorgehen.";

  @Test
  void isThirtyTwoLowercaseHexDigits() {
    assertThat(ArticleId.of(TITLE, TEXT)).matches("[0-9a-f]{32}");
  }

  @Test
  void sameContentGivesSameId() {
    assertThat(ArticleId.of(TITLE, TEXT)).isEqualTo(ArticleId.of(new String(TITLE), TEXT + ""));
  }

  @Test
  void isTheSha256PrefixOfTitleNewlineText() {
    // printf 'T\nx' | sha256sum
    assertThat(ArticleId.of("T", "x")).isEqualTo("f88a6430b8d9124a12716a8968239053");
  }

  @Test
  void anyChangeGivesAnotherId() {
    String id = ArticleId.of(TITLE, TEXT);
    assertThat(ArticleId.of(TITLE, TEXT + " ")).isNotEqualTo(id);
    assertThat(ArticleId.of(TITLE + "!", TEXT)).isNotEqualTo(id);
    assertThat(ArticleId.of(null, TEXT)).isNotEqualTo(id);
    assertThat(ArticleId.of(TITLE + "\n" + TEXT, "")).isNotEqualTo(id);
  }

  @Test
  void nullTitleCountsAsEmpty() {
    assertThat(ArticleId.of(null, TEXT)).isEqualTo(ArticleId.of("", TEXT));
  }

  @Test
  void composedAndDecomposedUmlautsGiveSameId() {
    String composed = "Au\u00dfenminister Kerry erw\u00e4gt";
    String decomposed = "Au\u00dfenminister Kerry erwa\u0308gt";
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(ArticleId.of("T\u00fcrkei", composed))
        .isEqualTo(ArticleId.of("Tu\u0308rkei", decomposed));
  }
}
