package io.sprecher.spark;

import java.time.Instant;

/**
 * One row of the runs table: a run that published (SUCCEEDED) or one that was killed before it
 * published and was found by the next run (ABANDONED: its counts are zero, nothing of it was
 * published).
 */
record RunRecord(
    String runId,
    String version,
    String mode,
    String status,
    String input,
    Instant started,
    Instant ended,
    long filesSeen,
    long filesUnchanged,
    long articles,
    long duplicates,
    long rejected,
    long statements,
    long mentions) {

  static final String SUCCEEDED = "SUCCEEDED";
  static final String ABANDONED = "ABANDONED";
}
