package io.sprecher.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseCapTest {

  @Test
  void leavesOrdinaryGermanTextAlone() {
    String text =
        "Kerry sagte, er wolle zunächst Putin treffen. „Wir nehmen nichts für bare Münze“, sagte"
            + " er.\nDer Kreml: Man sei offen für Gespräche.";
    ParseCap.Capped c = ParseCap.apply(text, 60);
    assertThat(c.text()).isSameAs(text);
    assertThat(c.blankedChars()).isZero();
  }

  @Test
  void blanksALongStretchWithoutSentenceEndAndKeepsOffsets() {
    String endless = "und der Minister sagte ".repeat(200);
    String text = "Titel\nEin kurzer Satz. " + endless + "\nDer Sprecher sagte, es gehe voran.";
    ParseCap.Capped c = ParseCap.apply(text, 2000);
    assertThat(c.text()).hasSameSizeAs(text);
    assertThat(c.text()).startsWith("Titel\nEin kurzer Satz. ");
    assertThat(c.text()).endsWith("\nDer Sprecher sagte, es gehe voran.");
    assertThat(c.text()).doesNotContain("Minister");
    assertThat(c.blankedChars()).isEqualTo(endless.length());
  }

  @Test
  void aFullStopInsideANumberDoesNotEndTheStretch() {
    String numbers = "12.345 67.890 ".repeat(200);
    ParseCap.Capped c = ParseCap.apply(numbers, 1000);
    assertThat(c.text()).isBlank();
  }
}
