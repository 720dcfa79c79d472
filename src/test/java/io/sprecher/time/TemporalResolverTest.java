package io.sprecher.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalResolverTest {

  private static TemporalExpression only(String text) {
    List<TemporalExpression> found = new TemporalExpressions().find(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static PartialDate day(String iso) {
    return PartialDate.day(LocalDate.parse(iso));
  }

  @ParameterizedTest
  @CsvSource({
    // Tuesday 29.03.2016 (seed 003): "am Montag" is the day before
    "am Montag, 2016-03-29, 2016-03-28",
    // the weekday of publication itself
    "am Dienstag, 2016-03-29, 2016-03-29",
    "am Mittwoch, 2016-03-29, 2016-03-23",
    // Thursday 17.09.2015 (seed 001)
    "am Mittwoch, 2015-09-17, 2015-09-16",
    // across the year: Friday 2016-01-01
    "am Montag, 2016-01-01, 2015-12-28",
    "am Donnerstagabend, 2016-01-01, 2015-12-31",
    "gestern, 2016-01-01, 2015-12-31",
    "heute, 2016-01-01, 2016-01-01",
    "vorgestern, 2016-03-01, 2016-02-28",
    // a date without its year lies on or before publication
    "am 9. September, 2015-09-17, 2015-09-09",
    "am 24. Dezember, 2016-01-01, 2015-12-24",
    "am 2.1., 2016-01-01, 2015-01-02",
    // a written year is taken as it stands
    "am 9. September 2014, 2016-01-01, 2014-09-09"
  })
  void resolvesAgainstADayOfPublication(String text, String published, String expected) {
    assertThat(TemporalResolver.resolve(only(text), day(published), null)).isEqualTo(day(expected));
  }

  @Test
  void weekdayKeepsTheMonthOfAMonthPrecisionAnchor() {
    PartialDate january = PartialDate.month(2017, 1);
    assertThat(TemporalResolver.resolve(only("am Montag"), january, null)).isEqualTo(january);
    assertThat(TemporalResolver.resolve(only("gestern"), january, null)).isEqualTo(january);
  }

  @Test
  void calendarDateBeforeAMonthAnchorGetsItsYear() {
    PartialDate january = PartialDate.month(2017, 1);
    assertThat(TemporalResolver.resolve(only("am 23. Januar"), january, null))
        .isEqualTo(day("2017-01-23"));
    assertThat(TemporalResolver.resolve(only("am 9. September"), january, null))
        .isEqualTo(day("2016-09-09"));
  }

  @Test
  void withoutPublicationDateOnlyAWrittenYearResolves() {
    assertThat(TemporalResolver.resolve(only("am Montag"), PartialDate.UNKNOWN, null))
        .isEqualTo(PartialDate.UNKNOWN);
    assertThat(TemporalResolver.resolve(only("am 9. September"), PartialDate.UNKNOWN, null))
        .isEqualTo(PartialDate.UNKNOWN);
    assertThat(TemporalResolver.resolve(only("am 9. September 2015"), PartialDate.UNKNOWN, null))
        .isEqualTo(day("2015-09-09"));
  }

  @Test
  void tagsZuvorCountsFromTheDayNamedBefore() {
    LocalDate named = LocalDate.parse("2016-03-20");
    assertThat(TemporalResolver.resolve(only("Tags zuvor"), day("2016-03-29"), named))
        .isEqualTo(day("2016-03-19"));
    assertThat(TemporalResolver.resolve(only("Tags zuvor"), day("2016-03-29"), null))
        .isEqualTo(day("2016-03-28"));
  }

  @Test
  void lastWeekIsTheWeekBeforeAsItsMonday() {
    assertThat(TemporalResolver.resolve(only("vergangene Woche"), day("2016-03-29"), null))
        .isEqualTo(new PartialDate(LocalDate.parse("2016-03-21"), DatePrecision.WEEK));
  }

  @Test
  void monthWithoutYearIsTheLatestBeforePublication() {
    assertThat(TemporalResolver.resolve(only("im November"), day("2016-03-29"), null))
        .isEqualTo(PartialDate.month(2015, 11));
  }
}
