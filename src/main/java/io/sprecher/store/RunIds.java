package io.sprecher.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids: the start time in UTC, to the second, and four random hex digits
 * ("20261122T073000Z-3fa1"). They sort by start time and are safe as directory names.
 */
public final class RunIds {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunIds() {}

  /** A new id for a run starting at {@code start}. */
  public static String next(Instant start) {
    return STAMP.format(start)
        + "-"
        + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }

  /** Whether {@code name} has the shape of a run id. */
  public static boolean isRunId(String name) {
    return name.matches("\\d{8}T\\d{6}Z-[0-9a-f]{4}");
  }
}
