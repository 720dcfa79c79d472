package io.sprecher.time;

/** How much of a date is known. A MONTH date is stored as the first day of its month. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  NONE
}
