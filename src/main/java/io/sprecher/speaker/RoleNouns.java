package io.sprecher.speaker;

import io.sprecher.lexicon.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Nouns of office ("Sprecher", "Chefdiplomat"), grouped by office, from {@code role-nouns.tsv}. A
 * word belongs to an office when it equals or ends with one of the office's words, so that
 * "Pressesprecher" and "Sprecher" meet, as do "Außenminister" and "Chefdiplomat".
 */
public final class RoleNouns {

  private final List<List<String>> groups = new ArrayList<>();

  public RoleNouns() {
    for (String line : ResourceLines.read(RoleNouns.class, "role-nouns.tsv")) {
      groups.add(List.of(line.toLowerCase(Locale.GERMAN).split("\\s*,\\s*")));
    }
  }

  /** The office group of {@code word}, or -1 when it is no noun of office. */
  public int office(String word) {
    String w = word.toLowerCase(Locale.GERMAN);
    // inflected forms: "seines Sprechers", "dem Präsidenten", "des Chefdiplomaten"
    for (String form : List.of(w, strip(w, "s"), strip(w, "en"), strip(w, "n"))) {
      int o = officeOfForm(form);
      if (o >= 0) {
        return o;
      }
    }
    return -1;
  }

  private static String strip(String w, String ending) {
    return w.endsWith(ending) && w.length() > ending.length() + 3
        ? w.substring(0, w.length() - ending.length())
        : w;
  }

  private int officeOfForm(String w) {
    int best = -1;
    int bestLength = 0;
    for (int g = 0; g < groups.size(); g++) {
      for (String r : groups.get(g)) {
        if (w.endsWith(r) && r.length() > bestLength) {
          best = g;
          bestLength = r.length();
        }
      }
    }
    return best;
  }

  public boolean isRole(String word) {
    return office(word) >= 0;
  }
}
