package io.sprecher.time;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A date known to a given precision: 2017-01 is {@code (2017-01-01, MONTH)}; an unknown date is
 * {@link #UNKNOWN}.
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Serializable {

  public static final PartialDate UNKNOWN = new PartialDate(null, DatePrecision.NONE);

  public PartialDate {
    Objects.requireNonNull(precision, "precision");
    if ((date == null) != (precision == DatePrecision.NONE)) {
      throw new IllegalArgumentException("date " + date + " does not fit precision " + precision);
    }
    if (precision == DatePrecision.WEEK && date.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(
          "a WEEK date is stored as the Monday of its week: " + date);
    }
    if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
      throw new IllegalArgumentException(
          "a MONTH date is stored as the first of its month: " + date);
    }
    if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
      throw new IllegalArgumentException("a YEAR date is stored as the first of its year: " + date);
    }
  }

  public static PartialDate day(LocalDate date) {
    return new PartialDate(date, DatePrecision.DAY);
  }

  public static PartialDate month(int year, int month) {
    return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  /** The week of a day, stored as its Monday. */
  public static PartialDate week(LocalDate anyDay) {
    return new PartialDate(
        anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), DatePrecision.WEEK);
  }

  public boolean isKnown() {
    return precision != DatePrecision.NONE;
  }
}
