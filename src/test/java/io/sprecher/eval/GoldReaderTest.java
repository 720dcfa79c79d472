package io.sprecher.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoldReaderTest {

  @Test
  void takesThePublicationDateFromTheDocumentName() {
    assertThat(GoldReader.dateOf("11059 - Flugzeug landete in Guam (2005-08-20)"))
        .isEqualTo(PartialDate.day(LocalDate.of(2005, 8, 20)));
  }

  @Test
  void documentNameWithoutDateGivesUnknown() {
    assertThat(GoldReader.dateOf("11059 - Flugzeug (ohne Datum)")).isEqualTo(PartialDate.UNKNOWN);
  }
}
