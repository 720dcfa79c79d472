package io.sprecher.time;

/**
 * How much of a date is known. A WEEK date is stored as the Monday of its week, a MONTH date as the
 * first day of its month, a YEAR date as the first of January.
 */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  NONE
}
