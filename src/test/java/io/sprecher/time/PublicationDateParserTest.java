package io.sprecher.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateParserTest {

  private final PublicationDateParser parser = new PublicationDateParser();

  private static PartialDate day(int year, int month, int day) {
    return PartialDate.day(LocalDate.of(year, month, day));
  }

  @Test
  void readsYearMonthAfterDateKeywordAsMonth() {
    assertThat(parser.parse(" date 2017-01")).isEqualTo(PartialDate.month(2017, 1));
    assertThat(parser.parse(" date 2017-01 Washington - Der neue"))
        .isEqualTo(PartialDate.month(2017, 1));
  }

  @Test
  void readsFullDateAfterDateKeywordAsDay() {
    assertThat(parser.parse("date 2017-01-05")).isEqualTo(day(2017, 1, 5));
  }

  @Test
  void readsGermanNumericDate() {
    assertThat(parser.parse("17.09.2015")).isEqualTo(day(2015, 9, 17));
    assertThat(parser.parse("1.9.2015")).isEqualTo(day(2015, 9, 1));
  }

  @Test
  void findsNumericDateAfterPublisher() {
    assertThat(parser.parse("welt.de, 17.09.2015")).isEqualTo(day(2015, 9, 17));
  }

  @Test
  void ignoresTimeOfDayAfterNumericDate() {
    assertThat(parser.parse("29.03.2016 00:33")).isEqualTo(day(2016, 3, 29));
  }

  @Test
  void readsDayWithGermanMonthName() {
    assertThat(parser.parse("17. September 2015")).isEqualTo(day(2015, 9, 17));
    assertThat(parser.parse("3. März 2016")).isEqualTo(day(2016, 3, 3));
    assertThat(parser.parse("17.September 2015")).isEqualTo(day(2015, 9, 17));
  }

  @Test
  void readsAbbreviatedMonthNames() {
    assertThat(parser.parse("17. Sept. 2015")).isEqualTo(day(2015, 9, 17));
    assertThat(parser.parse("17. Sep. 2015")).isEqualTo(day(2015, 9, 17));
    assertThat(parser.parse("2. Jan. 2016")).isEqualTo(day(2016, 1, 2));
    assertThat(parser.parse("29. Feb. 2016")).isEqualTo(day(2016, 2, 29));
    assertThat(parser.parse("4. Mrz. 2016")).isEqualTo(day(2016, 3, 4));
    assertThat(parser.parse("5. Okt. 2016")).isEqualTo(day(2016, 10, 5));
    assertThat(parser.parse("24. Dez. 2016")).isEqualTo(day(2016, 12, 24));
  }

  @Test
  void readsAustrianJaenner() {
    assertThat(parser.parse("12. Jänner 2017")).isEqualTo(day(2017, 1, 12));
    assertThat(parser.parse("Jänner 2017")).isEqualTo(PartialDate.month(2017, 1));
  }

  @Test
  void readsDateAfterWeekday() {
    assertThat(parser.parse("Donnerstag, 17. September 2015")).isEqualTo(day(2015, 9, 17));
  }

  @Test
  void readsDateAfterStand() {
    assertThat(parser.parse("Stand: 17.09.2015, 14:03 Uhr")).isEqualTo(day(2015, 9, 17));
  }

  @Test
  void readsMonthNameWithYearAsMonth() {
    assertThat(parser.parse("September 2015")).isEqualTo(PartialDate.month(2015, 9));
    assertThat(parser.parse("Sept. 2015")).isEqualTo(PartialDate.month(2015, 9));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2015-09-17",
        "2015-09-17T14:03:00",
        "2015-09-17 14:03:00",
        "2015-09-17T14:03:00Z",
        "2015-09-17T14:03:00+02:00",
        "2015-09-17T14:03:00.123+0200",
        "2015-09-17T14:03"
      })
  void readsIsoDateOrTimestampAsDay(String iso) {
    assertThat(parser.parse(iso)).isEqualTo(day(2015, 9, 17));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31.02.2015",
        "31. Februar 2015",
        "2015-02-30",
        "2015-13",
        "00.01.2015",
        "17.13.2015"
      })
  void rejectsDatesThatDoNotExist(String invalid) {
    assertThat(parser.parse(invalid)).isEqualTo(PartialDate.UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Politik",
        "Lesezeit: 1 min",
        "USA und Russland erwägen militärische Absprachen",
        "Die Partei erhielt 2015 rund 12 Prozent",
        "Jan 2015",
        "Tel. 030-2015-17",
        "17.09.15"
      })
  void returnsUnknownWithoutDate(String noDate) {
    assertThat(parser.parse(noDate)).isEqualTo(PartialDate.UNKNOWN);
  }

  @Test
  void returnsUnknownForNull() {
    assertThat(parser.parse(null)).isEqualTo(PartialDate.UNKNOWN);
  }

  @Test
  void takesFirstValidDate() {
    assertThat(parser.parse("31.02.2015 oder 01.03.2015")).isEqualTo(day(2015, 3, 1));
    assertThat(parser.parse("17.09.2015, aktualisiert 18.09.2015")).isEqualTo(day(2015, 9, 17));
  }

  @Test
  void findsSpanOfDate() {
    PublicationDateParser.Found found = parser.find("welt.de, 17.09.2015").orElseThrow();
    assertThat(found.start()).isEqualTo(9);
    assertThat(found.end()).isEqualTo(19);
    assertThat(found.date()).isEqualTo(day(2015, 9, 17));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "17.09.2015",
        "29.03.2016 00:33",
        "Stand: 17.09.2015, 14:03 Uhr",
        "Donnerstag, 17. September 2015",
        "Aktualisiert am 17.09.2015 um 14.03 Uhr",
        "2015-09-17T14:03:00Z",
        "September 2015"
      })
  void recognisesDateOnlyLines(String line) {
    assertThat(parser.isDateOnly(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "welt.de, 17.09.2015",
        "Wahl im Mai 2015 verschoben",
        "Politik",
        "Am 17.09.2015 trafen sich Kerry und Lawrow"
      })
  void rejectsLinesWithMoreThanADate(String line) {
    assertThat(parser.isDateOnly(line)).isFalse();
  }
}
