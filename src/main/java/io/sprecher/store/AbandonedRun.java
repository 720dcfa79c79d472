package io.sprecher.store;

import java.time.Instant;

/**
 * A run that was killed before it published: found and cleaned up by the next run, which records it
 * in the runs table.
 *
 * @param runId its id
 * @param started when it started, or null when its staging record was lost
 * @param mode INCREMENTAL or FULL_REFRESH, or null when unknown
 * @param input its input argument, or null when unknown
 */
public record AbandonedRun(String runId, Instant started, String mode, String input) {}
