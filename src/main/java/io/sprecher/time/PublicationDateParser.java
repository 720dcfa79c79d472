package io.sprecher.time;

import io.sprecher.lexicon.ResourceLines;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date in a header line of a German news article: ISO dates and timestamps
 * ({@code 2015-09-17}, {@code 2015-09-17T14:03:00Z}, {@code 2017-01}), German numeric dates ({@code
 * 17.09.2015}), and dates with German month names ({@code 17. Sept. 2015}, {@code September 2015}).
 * Month names come from the resource {@code /io/sprecher/time/german-months.tsv}. Dates that do not
 * exist (31.02.2015) and years outside 1900–2099 are no dates. Thread-safe and immutable.
 */
public final class PublicationDateParser implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String DATE_WORDS_RESOURCE = "/io/sprecher/article/german-date-words.txt";
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2099;

  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?h?");
  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,;|/()\\[\\]\\-–—·•]+");

  /** A date found in a string: the date and the span of its text. */
  public record Found(PartialDate date, int start, int end) {}

  private static final Map<String, Integer> MONTH_BY_FORM = GermanMonths.byForm();
  private static final Set<String> DATE_WORDS = loadDateWords();
  private static final Pattern DATE = Pattern.compile(datePatternSource(MONTH_BY_FORM.keySet()));

  /** A parser; the month names and date words are loaded once per class, not per instance. */
  public PublicationDateParser() {}

  private static Set<String> loadDateWords() {
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.read(PublicationDateParser.class, DATE_WORDS_RESOURCE)) {
      words.add(line.trim().toLowerCase(Locale.GERMAN));
    }
    return Set.copyOf(words);
  }

  private static String datePatternSource(Set<String> monthForms) {
    List<String> forms = new ArrayList<>(monthForms);
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder alternation = new StringBuilder();
    for (String form : forms) {
      if (alternation.length() > 0) {
        alternation.append('|');
      }
      alternation.append(Pattern.quote(form));
      if (!form.endsWith(".")) {
        alternation.append("(?!\\p{L})");
      }
    }
    String month = "(?iu:" + alternation + ")";
    String iso =
        "(?<![\\d.\\-])(?<isoY>\\d{4})-(?<isoM>\\d{2})"
            + "(?:-(?<isoD>\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
            + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?(?!\\d)";
    String numeric = "(?<![\\d.])(?<numD>\\d{1,2})\\.(?<numM>\\d{1,2})\\.(?<numY>\\d{4})(?!\\d)";
    String namedDay =
        "(?<![\\d.])(?<namD>\\d{1,2})(?:\\.\\s*|\\s+)(?<namM>"
            + month
            + ")\\s*(?<namY>\\d{4})(?!\\d)";
    String namedMonth = "(?<!\\p{L})(?<monM>" + month + ")\\s*(?<monY>\\d{4})(?!\\d)";
    return iso + "|" + numeric + "|" + namedDay + "|" + namedMonth;
  }

  /**
   * The first valid date in {@code s}, or {@link PartialDate#UNKNOWN} when there is none (also for
   * null).
   */
  public PartialDate parse(String s) {
    return find(s).map(Found::date).orElse(PartialDate.UNKNOWN);
  }

  /** The first valid date in {@code s} with its span, or empty. */
  public Optional<Found> find(String s) {
    if (s == null || s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(s);
    while (m.find()) {
      PartialDate date = toDate(m);
      if (date.isKnown()) {
        return Optional.of(new Found(date, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code line} is only a date, possibly with a time of day, a weekday and words such as
   * "Stand" or "Uhr" ({@code Stand: 17.09.2015, 14:03 Uhr}). A line with any other word is not.
   */
  public boolean isDateOnly(String line) {
    Optional<Found> found = find(line);
    if (found.isEmpty()) {
      return false;
    }
    String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
    for (String token : TOKEN_SEPARATORS.split(rest.strip())) {
      if (token.isEmpty() || TIME.matcher(token).matches()) {
        continue;
      }
      String word = stripTrailing(token, ".:").toLowerCase(Locale.GERMAN);
      if (!word.isEmpty() && !DATE_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String stripTrailing(String token, String chars) {
    int end = token.length();
    while (end > 0 && chars.indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(0, end);
  }

  private PartialDate toDate(Matcher m) {
    if (m.group("isoY") != null) {
      int year = Integer.parseInt(m.group("isoY"));
      int month = Integer.parseInt(m.group("isoM"));
      String day = m.group("isoD");
      return day == null ? month(year, month) : day(year, month, Integer.parseInt(day));
    }
    if (m.group("numY") != null) {
      return day(
          Integer.parseInt(m.group("numY")),
          Integer.parseInt(m.group("numM")),
          Integer.parseInt(m.group("numD")));
    }
    if (m.group("namY") != null) {
      return day(
          Integer.parseInt(m.group("namY")),
          monthOf(m.group("namM")),
          Integer.parseInt(m.group("namD")));
    }
    return month(Integer.parseInt(m.group("monY")), monthOf(m.group("monM")));
  }

  private int monthOf(String form) {
    Integer month = MONTH_BY_FORM.get(form.toLowerCase(Locale.GERMAN));
    return month == null ? 0 : month;
  }

  private static PartialDate day(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return PartialDate.UNKNOWN;
    }
    try {
      return PartialDate.day(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return PartialDate.UNKNOWN;
    }
  }

  private static PartialDate month(int year, int month) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
      return PartialDate.UNKNOWN;
    }
    return PartialDate.month(year, month);
  }
}
