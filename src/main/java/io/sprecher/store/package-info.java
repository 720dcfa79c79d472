/**
 * The output directory as a store of published runs: each run's rows are staged, then published
 * with one atomic rename, so that readers see all of a run or none of it; a lock keeps two runs
 * apart; recovery after a kill finishes or discards what a dead run left. No Spark here: only the
 * Hadoop file system API (local disk, HDFS, S3).
 */
package io.sprecher.store;
