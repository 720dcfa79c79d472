package io.sprecher.spark;

import io.sprecher.store.CrashPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Stages a run's tables as Parquet under its batch directory, all tables at once: each table is a
 * Spark job of its own whose driver-side work (planning, committing, renaming files) takes longer
 * than its tasks on a small batch, so one thread per table lets the jobs overlap instead of
 * queueing. Waits for every table; the first failure is rethrown after all have ended (the batch is
 * discarded as a whole, never published in part).
 */
final class StagedTables {

  /**
   * One table to stage.
   *
   * @param name directory name under the batch
   * @param rows its rows
   * @param count the row count known from the run's counting pass; a table without rows is left out
   * @param schema its schema
   */
  record Table(String name, JavaRDD<Row> rows, long count, StructType schema) {}

  private final SparkSession spark;
  private final Path batch;
  private final int filesPerTable;

  /**
   * @param filesPerTable at most this many Parquet files per table: a file costs a task of its own
   *     (writer, footer, commit), which dominates a small batch's writing, so the partitions of the
   *     annotation stage are merged (without a shuffle) down to this number
   */
  StagedTables(SparkSession spark, Path batch, int filesPerTable) {
    if (filesPerTable < 1) {
      throw new IllegalArgumentException("filesPerTable must be at least 1: " + filesPerTable);
    }
    this.spark = spark;
    this.batch = batch;
    this.filesPerTable = filesPerTable;
  }

  /** Writes the tables concurrently; returns when all are staged. */
  void write(List<Table> tables) {
    List<Table> nonEmpty = tables.stream().filter(t -> t.count() > 0).toList();
    if (nonEmpty.isEmpty()) {
      return;
    }
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            nonEmpty.size(),
            r -> {
              Thread t = new Thread(r, "sprecher-stage-" + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> staged = new ArrayList<>();
      for (Table t : nonEmpty) {
        staged.add(pool.submit(() -> writeOne(t)));
      }
      RuntimeException failure = null;
      for (int i = 0; i < staged.size(); i++) {
        failure = firstFailure(failure, staged.get(i));
        if (i == 0) {
          CrashPoints.reach("while-writing"); // one table staged, others under way
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdown();
    }
  }

  private static RuntimeException firstFailure(RuntimeException earlier, Future<?> f) {
    try {
      f.get();
      return earlier;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return earlier != null ? earlier : new IllegalStateException("interrupted while staging", e);
    } catch (ExecutionException e) {
      if (earlier != null) {
        earlier.addSuppressed(e.getCause());
        return earlier;
      }
      return e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("staging a table failed", e.getCause());
    }
  }

  /**
   * No Hive partition directories: Spark cannot read month=... directories under several batch
   * roots at once.
   */
  private void writeOne(Table t) {
    JavaRDD<Row> rows = t.rows();
    if (rows.getNumPartitions() > filesPerTable) {
      rows = rows.coalesce(filesPerTable);
    }
    var frame = spark.createDataFrame(rows, t.schema());
    if (List.of(t.schema().fieldNames()).contains(Tables.MONTH)) {
      frame = frame.sortWithinPartitions(Tables.MONTH); // row groups by month: readers skip them
    }
    frame.write().mode(SaveMode.ErrorIfExists).parquet(new Path(batch, t.name()).toString());
  }
}
