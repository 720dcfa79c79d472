package io.sprecher.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Function;

/**
 * Resolves a time expression against the article's publication date (the anchor) and the day the
 * text mentioned last. A statement is reported after it was made, so a weekday or a date without a
 * year is the latest such day on or before the anchor. An anchor known only to its month (or year)
 * cannot place a weekday or a relative day: those keep the anchor's precision.
 */
public final class TemporalResolver {

  private TemporalResolver() {}

  /**
   * @param anchor the publication date, possibly of MONTH or YEAR precision, or UNKNOWN
   * @param previousDay the day mentioned last before the expression, or null
   * @return the date, or {@link PartialDate#UNKNOWN} when nothing places it
   */
  public static PartialDate resolve(
      TemporalExpression e, PartialDate anchor, LocalDate previousDay) {
    return switch (e.kind()) {
      case WEEKDAY ->
          relativeToAnchor(
              anchor, d -> PartialDate.day(d.with(TemporalAdjusters.previousOrSame(e.weekday()))));
      case DAYS_FROM_PUBLICATION ->
          relativeToAnchor(anchor, d -> PartialDate.day(d.plusDays(e.offset())));
      case DAYS_FROM_PREVIOUS ->
          previousDay != null
              ? PartialDate.day(previousDay.plusDays(e.offset()))
              : relativeToAnchor(anchor, d -> PartialDate.day(d.plusDays(e.offset())));
      case WEEKS_FROM_PUBLICATION ->
          relativeToAnchor(anchor, d -> PartialDate.week(d.plusWeeks(e.offset())));
      case DATE -> calendarDate(e, anchor);
      case MONTH -> calendarMonth(e, anchor);
    };
  }

  private static PartialDate relativeToAnchor(
      PartialDate anchor, Function<LocalDate, PartialDate> fromDay) {
    if (!anchor.isKnown()) {
      return PartialDate.UNKNOWN;
    }
    return anchor.precision() == DatePrecision.DAY ? fromDay.apply(anchor.date()) : anchor;
  }

  private static PartialDate calendarDate(TemporalExpression e, PartialDate anchor) {
    int year = e.year() > 0 ? e.year() : yearOnOrBefore(e.month(), e.day(), anchor);
    if (year == 0) {
      return PartialDate.UNKNOWN;
    }
    try {
      return PartialDate.day(LocalDate.of(year, e.month(), e.day()));
    } catch (DateTimeException invalid) {
      return PartialDate.UNKNOWN; // "am 31. September"
    }
  }

  private static PartialDate calendarMonth(TemporalExpression e, PartialDate anchor) {
    int year = e.year() > 0 ? e.year() : yearOnOrBefore(e.month(), 1, anchor);
    return year == 0 ? PartialDate.UNKNOWN : PartialDate.month(year, e.month());
  }

  /** The year that puts month/day on or before the anchor, 0 without an anchor. */
  private static int yearOnOrBefore(int month, int day, PartialDate anchor) {
    if (!anchor.isKnown()) {
      return 0;
    }
    LocalDate a = anchor.date();
    return switch (anchor.precision()) {
      case DAY, WEEK ->
          month < a.getMonthValue() || month == a.getMonthValue() && day <= a.getDayOfMonth()
              ? a.getYear()
              : a.getYear() - 1;
      case MONTH -> month <= a.getMonthValue() ? a.getYear() : a.getYear() - 1;
      case YEAR -> a.getYear();
      case NONE -> 0;
    };
  }
}
