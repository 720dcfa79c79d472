package io.sprecher.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The ../shared folder beside the project (gold data); tests that need it skip without it. */
public final class SharedData {

  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("sprecher.shared", "../shared"));
  }

  /** The path below ../shared, or a skipped test with a message when it is absent. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(
        Files.exists(p), "skipped: " + p + " is absent (../shared not beside the project)");
    return p;
  }
}
