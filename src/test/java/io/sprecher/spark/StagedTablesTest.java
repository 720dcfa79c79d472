package io.sprecher.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging a run's tables: all at once, few files each, nothing empty, failures not swallowed. */
class StagedTablesTest {

  private static final StructType WORDS =
      new StructType().add("word", DataTypes.StringType).add("n", DataTypes.IntegerType);

  private static SparkSession spark;
  private static JavaSparkContext jsc;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = Sessions.local("staged tables test", 2);
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private StagedTables staged(int filesPerTable) {
    return new StagedTables(spark, new org.apache.hadoop.fs.Path(dir.toUri()), filesPerTable);
  }

  private static JavaRDD<Row> words(int count, int partitions) {
    return jsc.parallelize(
        IntStream.range(0, count).mapToObj(i -> RowFactory.create("w" + i, i)).toList(),
        partitions);
  }

  private static List<Path> parquetFiles(Path table) throws Exception {
    try (Stream<Path> files = Files.list(table)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).toList();
    }
  }

  @Test
  void writesEveryTableWithAtMostTheGivenFilesAndAllRows() throws Exception {
    staged(2)
        .write(
            List.of(
                new StagedTables.Table("many", words(100, 8), 100, WORDS),
                new StagedTables.Table("one", words(3, 1), 3, WORDS),
                new StagedTables.Table("none", words(0, 1), 0, WORDS)));

    assertThat(parquetFiles(dir.resolve("many"))).hasSize(2);
    assertThat(parquetFiles(dir.resolve("one"))).hasSize(1);
    assertThat(dir.resolve("none")).doesNotExist();
    assertThat(spark.read().parquet(dir.resolve("many").toString()).count()).isEqualTo(100);
    assertThat(spark.read().parquet(dir.resolve("one").toString()).select("word").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder("w0", "w1", "w2");
  }

  @Test
  void aFailingTableFailsTheWholeStagingAfterTheOthersEnded() {
    JavaRDD<Row> broken =
        words(10, 2)
            .map(
                r -> {
                  if (r.getInt(1) == 7) {
                    throw new IllegalStateException("row 7 cannot be written");
                  }
                  return r;
                });
    StagedTables staged = staged(2);

    assertThatThrownBy(
            () ->
                staged.write(
                    List.of(
                        new StagedTables.Table("good", words(50, 4), 50, WORDS),
                        new StagedTables.Table("broken", broken, 10, WORDS))))
        .hasStackTraceContaining("row 7 cannot be written");
    assertThat(spark.read().parquet(dir.resolve("good").toString()).count()).isEqualTo(50);
  }

  @Test
  void refusesZeroFilesPerTable() {
    assertThatThrownBy(() -> staged(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filesPerTable");
  }
}
