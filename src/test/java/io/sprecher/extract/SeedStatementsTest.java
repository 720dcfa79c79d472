package io.sprecher.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.article.Article;
import io.sprecher.article.PlainTextArticleParser;
import io.sprecher.testing.German;
import io.sprecher.testing.SeedGold;
import io.sprecher.time.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core pipeline on the five seed articles, scored against the seeds' gold statements. */
class SeedStatementsTest {

  private static final Map<String, ArticleResult> RESULTS = new HashMap<>();

  @BeforeAll
  static void processSeeds() throws IOException {
    ArticleProcessor processor = new ArticleProcessor(German.annotator());
    PlainTextArticleParser parser = new PlainTextArticleParser();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        Article a =
            parser.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        RESULTS.put(f.getFileName().toString(), processor.process(a));
      }
    }
  }

  /** The statements of all seeds as scoring rows; fills {@code bodies} with the article texts. */
  private static List<SeedGold.Row> rows(Map<String, String> bodies) {
    List<SeedGold.Row> rows = new ArrayList<>();
    RESULTS.forEach(
        (doc, r) -> {
          bodies.put(doc, r.article().text());
          for (Statement s : r.statements()) {
            rows.add(
                new SeedGold.Row(doc, s.speaker(), s.begin(), s.end(), s.text(), day(s.date())));
          }
        });
    return rows;
  }

  @Test
  void findsAtLeast25CoreSeedStatementsWithTheRightSpeakerAndNoTrap() throws IOException {
    Map<String, String> bodies = new HashMap<>();
    List<SeedGold.Row> rows = rows(bodies);
    rows.forEach(System.out::println);
    SeedGold.Score score = SeedGold.load().score(rows, bodies);
    System.out.println(score);
    assertThat(score.traps()).isEmpty();
    assertThat(score.rightSpeaker()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void datesEveryFoundSeedStatementAsTheGoldDoes() throws IOException {
    Map<String, String> bodies = new HashMap<>();
    List<SeedGold.Row> rows = rows(bodies);
    SeedGold.DateScore dates = SeedGold.load().scoreDates(rows, bodies);
    System.out.println(dates);
    assertThat(dates.core()).isGreaterThanOrEqualTo(30);
    assertThat(dates.wrong()).isEmpty();
  }

  /** "2015-09-16" for a day, "2017-01" for a month, null when unknown. */
  static String day(PartialDate d) {
    return switch (d.precision()) {
      case DAY -> d.date().toString();
      case MONTH -> d.date().toString().substring(0, 7);
      case WEEK -> "week of " + d.date();
      case YEAR -> String.valueOf(d.date().getYear());
      case NONE -> null;
    };
  }

  @Test
  void statementTextIsTheBodyBetweenItsOffsets() {
    for (ArticleResult r : RESULTS.values()) {
      for (Statement s : r.statements()) {
        assertThat(r.article().text().substring(s.begin(), s.end())).isEqualTo(s.text());
      }
    }
  }
}
