package io.sprecher.time;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.time.TemporalExpression.Kind;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the German time expressions that date statements: weekdays ("am Mittwoch", "Montagabend"),
 * days and weeks relative to the article or to the day named before ("gestern", "Tags zuvor",
 * "vergangene Woche"), calendar dates ("am 9. September", "9.9.2015") and months ("im Mai 2015").
 * The words come from the lexicons beside this class. Immutable and thread-safe.
 */
public final class TemporalExpressions implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";

  private record RelativeWord(Kind kind, int offset) {}

  private static final Map<String, RelativeWord> RELATIVE = loadRelativeWords();
  private static final Map<String, DayOfWeek> WEEKDAYS = loadWeekdays();
  private static final List<String> DAYPARTS =
      ResourceLines.read(TemporalExpressions.class, "dayparts.txt");

  private static final Pattern RELATIVE_PATTERN =
      Pattern.compile(
          NOT_LETTER_BEFORE
              + "(?iu:"
              + alternation(RELATIVE.keySet(), true)
              + ")"
              + NOT_LETTER_AFTER);

  private static final Pattern WEEKDAY_PATTERN =
      Pattern.compile(
          NOT_LETTER_BEFORE
              + "(?:(?iu:am|an dem|vergangenen|letzten|am vergangenen|am letzten"
              + "|in der nacht zum|in der nacht zu|seit)\\s+)?"
              + "(?<weekday>"
              + alternation(WEEKDAYS.keySet(), false)
              + ")(?:"
              + alternation(DAYPARTS, false)
              + ")?(?:\\s+(?:"
              + alternation(DAYPARTS, false)
              + "))?"
              + NOT_LETTER_AFTER);

  private static final Pattern DATE_PATTERN =
      Pattern.compile(
          NOT_LETTER_BEFORE
              + "(?:(?iu:am|vom|seit)\\s+)?(?<day>\\d{1,2})\\.\\s*(?<month>(?iu:"
              + alternation(GermanMonths.byForm().keySet(), true)
              + "))(?:\\s+(?<year>\\d{4}))?"
              + "(?![\\p{L}\\d])");

  private static final Pattern NUMERIC_DATE_PATTERN =
      Pattern.compile(
          "(?<![\\d.])(?:(?iu:am|vom|seit)\\s+)?(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\."
              + "(?<year>\\d{4}|\\d{2})?(?![\\d])");

  private static final Pattern MONTH_PATTERN =
      Pattern.compile(
          NOT_LETTER_BEFORE
              + "(?iu:im|anfang|mitte|ende)\\s+(?<month>(?iu:"
              + alternation(
                  GermanMonths.byForm().keySet().stream()
                      .filter(f -> !f.endsWith("."))
                      .collect(Collectors.toSet()),
                  false)
              + "))(?:\\s+(?<year>\\d{4}))?"
              + "(?![\\p{L}\\d])");

  /**
   * True when {@code word} names a weekday (with or without a part of the day: "Donnerstag",
   * "Montagabend") or a month ("September", "Jänner").
   */
  public static boolean isCalendarWord(String word) {
    if (GermanMonths.byForm().containsKey(word.toLowerCase(Locale.GERMAN))) {
      return true;
    }
    for (String day : WEEKDAYS.keySet()) {
      if (word.startsWith(day)
          && (word.length() == day.length()
              || DAYPARTS.contains(word.substring(day.length()).toLowerCase(Locale.GERMAN)))) {
        return true;
      }
    }
    return false;
  }

  /** The expressions in {@code text}, in text order, none overlapping another. */
  public List<TemporalExpression> find(String text) {
    List<TemporalExpression> all = new ArrayList<>();
    relative(text, all);
    weekdays(text, all);
    dates(text, DATE_PATTERN, true, all);
    dates(text, NUMERIC_DATE_PATTERN, false, all);
    months(text, all);
    all.sort(
        Comparator.comparingInt(TemporalExpression::begin)
            .thenComparing(Comparator.comparingInt(TemporalExpression::end).reversed()));
    List<TemporalExpression> out = new ArrayList<>();
    int covered = -1;
    for (TemporalExpression e : all) {
      if (e.begin() >= covered) {
        out.add(e);
        covered = e.end();
      }
    }
    return out;
  }

  private static void relative(String text, List<TemporalExpression> out) {
    Matcher m = RELATIVE_PATTERN.matcher(text);
    while (m.find()) {
      String key = m.group().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ");
      RelativeWord w = RELATIVE.get(key);
      if (w != null) {
        out.add(
            new TemporalExpression(
                m.start(), m.end(), m.group(), w.kind(), null, w.offset(), 0, 0, 0));
      }
    }
  }

  private static void weekdays(String text, List<TemporalExpression> out) {
    Matcher m = WEEKDAY_PATTERN.matcher(text);
    while (m.find()) {
      DayOfWeek d = WEEKDAYS.get(m.group("weekday"));
      out.add(new TemporalExpression(m.start(), m.end(), m.group(), Kind.WEEKDAY, d, 0, 0, 0, 0));
    }
  }

  private static void dates(
      String text, Pattern pattern, boolean monthName, List<TemporalExpression> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int day = Integer.parseInt(m.group("day"));
      int month =
          monthName
              ? GermanMonths.byForm().get(m.group("month").toLowerCase(Locale.GERMAN))
              : Integer.parseInt(m.group("month"));
      int year = year(m.group("year"));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        out.add(
            new TemporalExpression(
                m.start(), m.end(), m.group(), Kind.DATE, null, 0, day, month, year));
      }
    }
  }

  private static void months(String text, List<TemporalExpression> out) {
    Matcher m = MONTH_PATTERN.matcher(text);
    while (m.find()) {
      int month = GermanMonths.byForm().get(m.group("month").toLowerCase(Locale.GERMAN));
      out.add(
          new TemporalExpression(
              m.start(), m.end(), m.group(), Kind.MONTH, null, 0, 0, month, year(m.group("year"))));
    }
  }

  /** A written year, 0 when none; two digits are read as 20xx up to 50, else 19xx. */
  private static int year(String written) {
    if (written == null) {
      return 0;
    }
    int y = Integer.parseInt(written);
    return written.length() == 2 ? (y <= 50 ? 2000 + y : 1900 + y) : y;
  }

  /** A regex alternation of the forms, longest first; spaces match any white space. */
  private static String alternation(Collection<String> forms, boolean spaces) {
    return forms.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(f -> spaces ? Pattern.quote(f).replace(" ", "\\E\\s+\\Q") : Pattern.quote(f))
        .collect(Collectors.joining("|"));
  }

  private static Map<String, RelativeWord> loadRelativeWords() {
    Map<String, RelativeWord> words = new HashMap<>();
    for (String[] c : ResourceLines.readColumns(TemporalExpressions.class, "temporal-words.tsv")) {
      if (c.length != 4) {
        throw new IllegalStateException("temporal-words.tsv: bad line: " + String.join("\t", c));
      }
      boolean previous = c[1].equals("PREVIOUS");
      boolean week = c[2].equals("WEEK");
      Kind kind =
          week
              ? Kind.WEEKS_FROM_PUBLICATION
              : previous ? Kind.DAYS_FROM_PREVIOUS : Kind.DAYS_FROM_PUBLICATION;
      words.put(c[0].trim(), new RelativeWord(kind, Integer.parseInt(c[3].trim())));
    }
    return Map.copyOf(words);
  }

  private static Map<String, DayOfWeek> loadWeekdays() {
    Map<String, DayOfWeek> days = new HashMap<>();
    for (String[] c : ResourceLines.readColumns(TemporalExpressions.class, "weekdays.tsv")) {
      for (String form : c[1].split(",")) {
        days.put(form.trim(), DayOfWeek.of(Integer.parseInt(c[0].trim())));
      }
    }
    return Map.copyOf(days);
  }
}
