package io.sprecher.time;

import java.io.Serializable;
import java.time.DayOfWeek;

/**
 * A time expression found in a text, before it is resolved against a reference date.
 *
 * @param begin offset of its first character
 * @param end offset after its last character
 * @param text the words as written ("am Mittwoch", "Tags zuvor", "am 9. September 2015")
 * @param kind what it names
 * @param weekday the weekday of a WEEKDAY expression, else null
 * @param offset days (DAYS_*) or weeks (WEEKS) from the reference; 0 otherwise
 * @param day day of month of a DATE, else 0
 * @param month month of a DATE or MONTH, else 0
 * @param year the year written with a DATE or MONTH, else 0
 */
public record TemporalExpression(
    int begin,
    int end,
    String text,
    Kind kind,
    DayOfWeek weekday,
    int offset,
    int day,
    int month,
    int year)
    implements Serializable {

  /** What a time expression names. */
  public enum Kind {
    /** "am Montag", "Montagabend": the latest such day on or before the publication date. */
    WEEKDAY,
    /** "gestern", "heute": days from the publication date. */
    DAYS_FROM_PUBLICATION,
    /** "Tags zuvor", "am Vortag": days from the day mentioned last. */
    DAYS_FROM_PREVIOUS,
    /** "vergangene Woche": weeks from the publication date's week. */
    WEEKS_FROM_PUBLICATION,
    /** "am 9. September (2015)", "am 9.9.2015". */
    DATE,
    /** "im September (2015)". */
    MONTH
  }

  /** True when the expression names a calendar date or month rather than a relative one. */
  public boolean isCalendar() {
    return kind == Kind.DATE || kind == Kind.MONTH;
  }
}
