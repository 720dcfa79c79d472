package io.sprecher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.testing.SeedGold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: runs {@code sprecher extract} (the real Spark job, local mode) on seeds/ and queries
 * the Parquet output with DuckDB SQL, as users do.
 */
class ExtractCommandTest {

  @TempDir static Path out;
  private static int exitCode;

  @BeforeAll
  static void runExtractOnSeeds() {
    exitCode = Main.run("extract", "--input", "seeds", "--output", out.toString());
  }

  private static Connection duckdb() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  private static String table(String name) {
    return "read_parquet('"
        + out.resolve("tables")
        + "/*/"
        + name
        + "/*.parquet', union_by_name=true)";
  }

  @Test
  void exitsWithZeroAndPublishesOneBatchWithTheTablesThatHaveRows() throws Exception {
    assertThat(exitCode).isZero();
    List<Path> batches;
    try (var list = Files.list(out.resolve("tables"))) {
      batches = list.toList();
    }
    assertThat(batches).singleElement();
    for (String t : List.of("statements", "articles", "mentions", "files", "runs")) {
      assertThat(batches.get(0).resolve(t)).isDirectory();
    }
    assertThat(batches.get(0).resolve("rejects")).doesNotExist();
  }

  @Test
  void everyRowCarriesRunIdAndPipelineVersion() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select count(distinct run_id), min(pipeline_version), count(*) from "
                    + table("statements"))) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).matches("\\d+\\.\\d+\\.\\d+.*");
      assertThat(rs.getInt(3)).isGreaterThan(30);
    }
  }

  @Test
  void runsTableRecordsTheRun() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select status, mode, files_seen, articles_processed, rejected, statements,"
                    + " ended >= started from "
                    + table("runs"))) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("SUCCEEDED");
      assertThat(rs.getString(2)).isEqualTo("INCREMENTAL");
      assertThat(rs.getLong(3)).isEqualTo(5);
      assertThat(rs.getLong(4)).isEqualTo(5);
      assertThat(rs.getLong(5)).isZero();
      assertThat(rs.getLong(6)).isGreaterThan(30);
      assertThat(rs.getBoolean(7)).isTrue();
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void findsKerrysDirectQuoteWithItsSpeaker() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select speaker, speaker_type, quote_type, cue from "
                    + table("statements")
                    + " where quote_text = 'Wir nehmen nichts für bare Münze'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("John Kerry");
      assertThat(rs.getString(2)).isEqualTo("PERSON");
      assertThat(rs.getString(3)).isEqualTo("DIRECT");
      assertThat(rs.getString(4)).isEqualTo("stellte klar");
    }
  }

  @Test
  void findsHammondsIndirectStatement() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select speaker, quote_type from "
                    + table("statements")
                    + " where quote_text like '%die Situation in Syrien werde immer komplizierter%'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Philip Hammond");
      assertThat(rs.getString(2)).isEqualTo("INDIRECT");
    }
  }

  @Test
  void scoresAtLeast25CoreSeedStatementsFromParquetWithNoTrap() throws Exception {
    Map<String, String> bodies = new HashMap<>();
    List<SeedGold.Row> rows = new ArrayList<>();
    try (Connection c = duckdb();
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("select source_file, text from " + table("articles"))) {
        while (rs.next()) {
          bodies.put(Path.of(rs.getString(1)).getFileName().toString(), rs.getString(2));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "select source_file, speaker, quote_begin, quote_end, quote_text,"
                  + " case date_precision when 'DAY' then strftime(statement_date, '%Y-%m-%d')"
                  + " when 'MONTH' then strftime(statement_date, '%Y-%m') end from "
                  + table("statements"))) {
        while (rs.next()) {
          rows.add(
              new SeedGold.Row(
                  Path.of(rs.getString(1)).getFileName().toString(),
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    }
    SeedGold.Score score = SeedGold.load().score(rows, bodies);
    System.out.println("extract via Spark + DuckDB, " + score);
    SeedGold.DateScore dates = SeedGold.load().scoreDates(rows, bodies);
    System.out.println("extract via Spark + DuckDB, " + dates);
    assertThat(dates.wrong()).isEmpty();
    assertThat(bodies).hasSize(5);
    assertThat(score.traps()).isEmpty();
    assertThat(score.rightSpeaker()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void answersStatementsOfJohnKerryInSeptember2015ByDay() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select statement_date, count(*), any_value(date_text) from "
                    + table("statements")
                    + " where speaker = 'John Kerry' and month = '2015-09'"
                    + " and date_precision = 'DAY' group by statement_date order by 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getDate(1).toLocalDate()).isEqualTo(LocalDate.of(2015, 9, 16));
      assertThat(rs.getLong(2)).isGreaterThanOrEqualTo(3);
      assertThat(rs.getString(3)).isEqualTo("am Mittwoch");
      assertThat(rs.next()).isFalse(); // seeds 002 and 004 name no publication date: no day
    }
  }

  @Test
  void keepsRowsWithoutDateInTheUnknownPartition() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select month, count(*), count(published_date) from "
                    + table("articles")
                    + " group by month order by month")) {
      Map<String, long[]> byMonth = new HashMap<>();
      while (rs.next()) {
        byMonth.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
      assertThat(byMonth).containsKeys("2015-09", "2016-03", "2017-01", "unknown");
      assertThat(byMonth.get("unknown")[0]).isEqualTo(2); // seeds 002 and 004 carry no date
      assertThat(byMonth.get("unknown")[1]).isZero();
    }
  }

  @Test
  void writesNamedEntityMentionsWithCanonicalPersonNames() throws SQLException {
    try (Connection c = duckdb();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select count(*) from "
                    + table("mentions")
                    + " where entity_type = 'PERSON' and text = 'Kerry' and canonical = 'John Kerry'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isPositive();
    }
  }

  @Test
  void failsWithClearMessageForMissingInput() {
    int code =
        Main.run(
            "extract",
            "--input",
            out.resolve("nope").toString(),
            "--output",
            out.resolve("x").toString());
    assertThat(code).isNotZero();
    assertThat(Files.exists(out.resolve("x"))).isFalse();
  }

  @Test
  void refusesAConfigurationFileNamedButAbsent() {
    int code =
        Main.run(
            "extract",
            "--input",
            "seeds",
            "--output",
            out.resolve("y").toString(),
            "--config",
            out.resolve("no-such.properties").toString());
    assertThat(code).isEqualTo(2);
    assertThat(Files.exists(out.resolve("y"))).isFalse();
  }
}
