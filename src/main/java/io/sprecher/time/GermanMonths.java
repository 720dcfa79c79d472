package io.sprecher.time;

import io.sprecher.lexicon.ResourceLines;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * German month names and abbreviations ({@code german-months.tsv}), lowercase, to month numbers.
 */
final class GermanMonths {

  private static final Map<String, Integer> BY_FORM = load();

  private GermanMonths() {}

  /** Lowercase form ("september", "sept.", "jänner") to month number. */
  static Map<String, Integer> byForm() {
    return BY_FORM;
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> months = new HashMap<>();
    for (String[] cols : ResourceLines.readColumns(GermanMonths.class, "german-months.tsv")) {
      if (cols.length != 2) {
        throw new IllegalStateException("german-months.tsv: bad line: " + String.join("\t", cols));
      }
      int month = Integer.parseInt(cols[0].trim());
      for (String form : cols[1].split(",")) {
        if (!form.isBlank()) {
          months.put(form.trim().toLowerCase(Locale.GERMAN), month);
        }
      }
    }
    return Map.copyOf(months);
  }
}
