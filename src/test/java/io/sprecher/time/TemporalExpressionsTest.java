package io.sprecher.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.time.TemporalExpression.Kind;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalExpressionsTest {

  private final TemporalExpressions finder = new TemporalExpressions();

  private List<TemporalExpression> find(String text) {
    return finder.find(text);
  }

  @Test
  void findsWeekdayWithItsPrepositionInAFrame() {
    assertThat(
            find(
                "Im Gespräch seien Absprachen auf militärischer Ebene, sagte US-Außenminister John"
                    + " Kerry am Mittwoch bei einem Treffen."))
        .extracting(TemporalExpression::text, TemporalExpression::kind, TemporalExpression::weekday)
        .containsExactly(tuple("am Mittwoch", Kind.WEEKDAY, DayOfWeek.WEDNESDAY));
  }

  @ParameterizedTest
  @CsvSource({
    "'teilte das Ministerium am Donnerstagabend mit', am Donnerstagabend, THURSDAY",
    "'sagte er am Montag früh', am Montag früh, MONDAY",
    "'hatte am vergangenen Sonnabend erklärt', am vergangenen Sonnabend, SATURDAY",
    "'in der Nacht zum Dienstag berichtet', in der Nacht zum Dienstag, TUESDAY"
  })
  void findsWeekdayForms(String text, String expected, DayOfWeek day) {
    assertThat(find(text))
        .extracting(TemporalExpression::text, TemporalExpression::weekday)
        .containsExactly(tuple(expected, day));
  }

  @Test
  void ignoresHabitualWeekdaysAndWordsThatOnlyStartLikeOne() {
    assertThat(find("Die Zeitung erscheint montags und die Montagsdemonstration")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'sagte er gestern in Berlin', gestern, DAYS_FROM_PUBLICATION, -1",
    "'erklärte heute die Polizei', heute, DAYS_FROM_PUBLICATION, 0",
    "'Tags zuvor hatte er gewarnt', Tags zuvor, DAYS_FROM_PREVIOUS, -1",
    "'hatte am Vortag mitgeteilt', am Vortag, DAYS_FROM_PREVIOUS, -1",
    "'sagte sie vergangene Woche', vergangene Woche, WEEKS_FROM_PUBLICATION, -1",
    "'hatte in der vergangenen Woche erklärt', vergangenen Woche, WEEKS_FROM_PUBLICATION, -1"
  })
  void findsRelativeDaysAndWeeks(String text, String expected, Kind kind, int offset) {
    assertThat(find(text))
        .extracting(TemporalExpression::text, TemporalExpression::kind, TemporalExpression::offset)
        .containsExactly(tuple(expected, kind, offset));
  }

  @ParameterizedTest
  @CsvSource({
    "'sagte er am 9. September', am 9. September, 9, 9, 0",
    "'teilte am 17. Sept. 2015 mit', am 17. Sept. 2015, 17, 9, 2015",
    "'erklärte am 9.9.2015', am 9.9.2015, 9, 9, 2015",
    "'sagte am 24.12.', am 24.12., 24, 12, 0",
    "'hatte am 3. Jänner 16 gesagt', am 3. Jänner, 3, 1, 0"
  })
  void findsCalendarDates(String text, String expected, int day, int month, int year) {
    assertThat(find(text))
        .extracting(
            TemporalExpression::text,
            TemporalExpression::day,
            TemporalExpression::month,
            TemporalExpression::year)
        .containsExactly(tuple(expected, day, month, year));
  }

  @Test
  void findsMonthsButNotTimesOfDayOrVersionNumbers() {
    assertThat(find("Die Miliz hatte die Stadt im Mai 2015 erobert, um 14.30 Uhr, Version 2.1"))
        .extracting(TemporalExpression::text, TemporalExpression::kind, TemporalExpression::year)
        .containsExactly(tuple("im Mai 2015", Kind.MONTH, 2015));
  }

  @Test
  void returnsExpressionsInTextOrderWithOffsets() {
    String text = "Am Montag sagte er, gestern sei es ruhig gewesen.";
    List<TemporalExpression> found = find(text);
    assertThat(found).extracting(TemporalExpression::text).containsExactly("Am Montag", "gestern");
    for (TemporalExpression e : found) {
      assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void calendarWordsAreWeekdaysWithOrWithoutPartOfDayAndMonths() {
    assertThat(TemporalExpressions.isCalendarWord("Donnerstag")).isTrue();
    assertThat(TemporalExpressions.isCalendarWord("Montagabend")).isTrue();
    assertThat(TemporalExpressions.isCalendarWord("Jänner")).isTrue();
    assertThat(TemporalExpressions.isCalendarWord("Montage")).isFalse();
    assertThat(TemporalExpressions.isCalendarWord("Polizei")).isFalse();
  }
}
