package io.sprecher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.cli.Main;
import io.sprecher.testing.OutputTables;
import io.sprecher.testing.PermissionEnforcingFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of the real Spark job over a landing directory of bad input next to good articles: every
 * file ends up in articles or rejects, and the run exits 0.
 */
class BadInputTest {

  @TempDir static Path landing;
  @TempDir static Path out;
  private static int exitCode;
  private static final long HUGE = 50L * 1024 * 1024;

  @BeforeAll
  static void runOverBadInput() throws Exception {
    Path fixtures = Path.of("src/test/resources/io/sprecher/article/bad-input");
    try (var files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        Files.copy(f, landing.resolve(f.getFileName()));
      }
    }
    Files.copy(Path.of("seeds/000_97dd698d043d8ec6.txt"), landing.resolve("good.txt"));
    String paragraph = Files.readString(Path.of("seeds/002_309affeee7c8d549.txt"));
    try (var huge = Files.newBufferedWriter(landing.resolve("huge.txt"))) {
      for (long written = 0; written < HUGE; written += paragraph.length()) {
        huge.write(paragraph);
      }
    }
    Random random = new Random(1);
    List<String> words = List.of("der", "Minister", "sagte", "und", "die", "Regierung", "Gesetz");
    String endless =
        IntStream.range(0, 20_000)
            .mapToObj(i -> words.get(random.nextInt(words.size())))
            .collect(Collectors.joining(" "));
    Files.writeString(landing.resolve("no-full-stop.txt"), "Ein endloser Satz\n\n" + endless);
    String numbers =
        IntStream.range(0, 20_000)
            .mapToObj(i -> Integer.toString(random.nextInt(100_000)))
            .collect(Collectors.joining(" "));
    Files.writeString(landing.resolve("table-of-numbers.txt"), "Zahlen der Woche\n\n" + numbers);
    Path locked = landing.resolve("no-permission.txt");
    Files.copy(Path.of("seeds/001_135e26ff78ab9609.txt"), locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    System.setProperty("spark.hadoop.fs.file.impl", PermissionEnforcingFileSystem.class.getName());
    System.setProperty("spark.hadoop.fs.file.impl.disable.cache", "true");
    try {
      exitCode = Main.run("extract", "--input", landing.toString(), "--output", out.toString());
    } finally {
      System.clearProperty("spark.hadoop.fs.file.impl");
      System.clearProperty("spark.hadoop.fs.file.impl.disable.cache");
    }
  }

  @AfterAll
  static void makeDeletable() throws Exception {
    Files.setPosixFilePermissions(
        landing.resolve("no-permission.txt"), PosixFilePermissions.fromString("rw-------"));
  }

  private static OutputTables tables() {
    return new OutputTables(out);
  }

  private static String rejectOf(String file) throws Exception {
    List<String> rows =
        tables()
            .rows(
                "select reason from "
                    + tables().table("rejects")
                    + " where source_file like '%/"
                    + file
                    + "%' order by source_file");
    return String.join(",", rows);
  }

  @Test
  void runExitsWithZero() {
    assertThat(exitCode).isZero();
  }

  @Test
  void eachBadFileIsRejectedWithItsReason() throws Exception {
    assertThat(rejectOf("empty.txt")).isEqualTo("EMPTY");
    assertThat(rejectOf("picture.png")).isEqualTo("BINARY");
    assertThat(rejectOf("archive.zip")).isEqualTo("BINARY");
    assertThat(rejectOf("english.txt")).isEqualTo("NOT_GERMAN");
    assertThat(rejectOf("russian.txt")).isEqualTo("NOT_GERMAN");
    assertThat(rejectOf("huge.txt")).isEqualTo("TOO_LARGE");
    assertThat(rejectOf("no-permission.txt")).isEqualTo("UNREADABLE");
    assertThat(rejectOf("one-broken-line.jsonl")).isEqualTo("BAD_JSON");
  }

  @Test
  void rejectsRecordSizeRunAndDetail() throws Exception {
    assertThat(
            tables()
                .rows(
                    "select size, detail like '%Permission denied%', run_id is not null from "
                        + tables().table("rejects")
                        + " where source_file like '%no-permission.txt'"))
        .singleElement()
        .satisfies(r -> assertThat(r).endsWith(" | true | true"));
    assertThat(
            tables()
                .rows(
                    "select size from "
                        + tables().table("rejects")
                        + " where source_file like '%huge.txt'"))
        .singleElement()
        .satisfies(size -> assertThat(Long.parseLong(size)).isGreaterThanOrEqualTo(HUGE));
  }

  @Test
  void everyOtherFileIsAnArticleAndLatin1IsDecoded() throws Exception {
    assertThat(
            tables()
                .rows(
                    "select regexp_extract(source_file, '[^/]*$'), source_encoding from "
                        + tables().table("articles")
                        + " order by 1"))
        .containsExactly(
            "good.txt | UTF-8",
            "latin1-windows-1252.txt | windows-1252",
            "no-full-stop.txt | UTF-8",
            "one-broken-line.jsonl:1 | UTF-8",
            "one-broken-line.jsonl:3 | UTF-8",
            "table-of-numbers.txt | UTF-8",
            "utf8-with-bom.txt | UTF-8 (BOM)");
    assertThat(
            tables()
                .rows(
                    "select count(*) from "
                        + tables().table("statements")
                        + " where quote_text = 'Wir müssen die Verfahren halbieren'"))
        .containsExactly("2"); // one from the Windows-1252 file, one from the file with BOM
  }

  @Test
  void pathologicalTextIsNotParsedButCounted() throws Exception {
    assertThat(
            tables()
                .rows(
                    "select regexp_extract(source_file, '[^/]*$'), unparsed_chars > 100000,"
                        + " n_statements from "
                        + tables().table("articles")
                        + " where unparsed_chars > 0 order by 1"))
        .containsExactly("no-full-stop.txt | true | 0", "table-of-numbers.txt | true | 0");
  }

  @Test
  void runsTableCountsEveryFile() throws Exception {
    assertThat(
            tables()
                .rows(
                    "select files_seen, articles_processed, rejected from "
                        + tables().table("runs")))
        .containsExactly("13 | 7 | 8");
  }
}
