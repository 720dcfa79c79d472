package io.sprecher.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The expected statements of the seed articles (../shared/gold/seeds.gold.jsonl) and how output is
 * scored against them: a gold statement is found when an output statement of its article overlaps
 * at least half of its evidence text, and right when such a statement names its speaker (or an
 * accepted variant).
 */
public final class SeedGold {

  /**
   * One output statement, as any test gets it (from the core or from Parquet); {@code date} is
   * "yyyy-mm-dd" for a day, "yyyy-mm" for a month, null when unknown.
   */
  public record Row(String doc, String speaker, int begin, int end, String text, String date) {}

  /** One gold statement; {@code date} null when the article gives none. */
  public record Expected(
      String id,
      String doc,
      boolean core,
      String speaker,
      List<String> accept,
      String evidence,
      String date,
      List<String> dateOk) {}

  /** How many matched gold statements got their date (or an accepted one). */
  public record DateScore(int matched, int right, int core, List<String> wrong) {
    @Override
    public String toString() {
      return "seed dates: "
          + right
          + "/"
          + matched
          + " found statements with the gold date ("
          + core
          + " of them core); wrong: "
          + wrong;
    }
  }

  /** The score of a run. */
  public record Score(
      int core, int found, int rightSpeaker, List<String> misses, List<String> traps) {
    @Override
    public String toString() {
      return "seeds: "
          + found
          + "/"
          + core
          + " core statements found, "
          + rightSpeaker
          + "/"
          + core
          + " with the right speaker, traps "
          + traps.size()
          + "; wrong or missing: "
          + misses;
    }
  }

  private static final List<String> TRAP_TEXTS =
      List.of("Washington Post", "Vorfälle", "terroristische Ziele", "Opposition");
  private static final List<String> TRAILER_WORDS =
      List.of("Strafvereitelung", "Pistorius", "Spahn", "DWN");

  private final List<Expected> expected;

  private SeedGold(List<Expected> expected) {
    this.expected = expected;
  }

  public static SeedGold load() throws IOException {
    Path file = SharedData.require("gold/seeds.gold.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<String> accept = new ArrayList<>();
      n.get("accept").forEach(a -> accept.add(a.asText()));
      List<String> dateOk = new ArrayList<>();
      n.path("date_ok").forEach(d -> dateOk.add(d.asText()));
      JsonNode date = n.get("date");
      out.add(
          new Expected(
              n.get("id").asText(),
              n.get("doc").asText(),
              n.get("core").asBoolean(),
              n.get("speaker").asText(),
              accept,
              n.get("evidence").asText(),
              date == null || date.isNull() ? null : date.asText(),
              dateOk));
    }
    return new SeedGold(out);
  }

  /** Scores output rows; {@code bodies} maps each seed file name to its article body text. */
  public Score score(List<Row> rows, Map<String, String> bodies) {
    int core = 0;
    int found = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (Expected e : expected) {
      if (!e.core()) {
        continue;
      }
      core++;
      int at = evidenceAt(e, bodies);
      if (at < 0) {
        misses.add(e.id() + " (evidence not in body)");
        continue;
      }
      boolean anyFound = false;
      boolean anyRight = false;
      for (Row r : rows) {
        if (matches(e, at, r)) {
          anyFound = true;
          anyRight |= speakerMatches(e, r.speaker());
        }
      }
      found += anyFound ? 1 : 0;
      right += anyRight ? 1 : 0;
      if (!anyRight) {
        misses.add(e.id() + (anyFound ? " (wrong speaker)" : " (not found)"));
      }
    }
    return new Score(core, found, right, misses, traps(rows));
  }

  /**
   * Scores the dates of the output statements that match a gold statement (core or not, by the same
   * overlap as {@link #score}), against the gold date or one of its accepted dates.
   */
  public DateScore scoreDates(List<Row> rows, Map<String, String> bodies) {
    int matched = 0;
    int right = 0;
    int core = 0;
    List<String> wrong = new ArrayList<>();
    for (Expected e : expected) {
      int at = evidenceAt(e, bodies);
      if (at < 0) {
        continue;
      }
      Row best = null;
      int bestOverlap = 0;
      for (Row r : rows) {
        if (matches(e, at, r) && overlap(e, at, r) > bestOverlap) {
          best = r;
          bestOverlap = overlap(e, at, r);
        }
      }
      if (best == null) {
        continue;
      }
      matched++;
      core += e.core() ? 1 : 0;
      boolean ok = Objects.equals(best.date(), e.date()) || e.dateOk().contains(best.date());
      if (ok) {
        right++;
      } else {
        wrong.add(e.id() + " (" + best.date() + ", gold " + e.date() + ")");
      }
    }
    return new DateScore(matched, right, core, wrong);
  }

  /** Where the gold statement's evidence stands in its article body, -1 when it does not. */
  private static int evidenceAt(Expected e, Map<String, String> bodies) {
    String body = bodies.get(e.doc());
    return body == null ? -1 : body.indexOf(e.evidence());
  }

  private static int overlap(Expected e, int at, Row r) {
    return Math.min(at + e.evidence().length(), r.end()) - Math.max(at, r.begin());
  }

  /** An output statement of the same article that covers at least half of the evidence. */
  private static boolean matches(Expected e, int at, Row r) {
    return r.doc().equals(e.doc()) && overlap(e, at, r) * 2 >= e.evidence().length();
  }

  private static boolean speakerMatches(Expected e, String speaker) {
    if (speaker == null) {
      return false;
    }
    String s = speaker.toLowerCase(Locale.GERMAN);
    return s.equals(e.speaker().toLowerCase(Locale.GERMAN))
        || e.accept().stream().anyMatch(a -> a.toLowerCase(Locale.GERMAN).equals(s));
  }

  /** Output statements that are traps: quoted names, scare quotes, teaser headlines. */
  public static List<String> traps(List<Row> rows) {
    List<String> traps = new ArrayList<>();
    for (Row r : rows) {
      String t = r.text().replaceAll("[„“”»«\"]", "").strip();
      if (TRAP_TEXTS.contains(t) || TRAILER_WORDS.stream().anyMatch(r.text()::contains)) {
        traps.add(r.doc() + ": " + r.text());
      }
    }
    return traps;
  }
}
