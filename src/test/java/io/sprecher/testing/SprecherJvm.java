package io.sprecher.testing;

import io.sprecher.cli.Main;
import io.sprecher.store.CrashPoints;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code sprecher} in a new JVM on the test class path, as a user or a scheduler would. */
public final class SprecherJvm {

  private SprecherJvm() {}

  /**
   * Starts {@code sprecher ARGS} with its output in a new log file under {@code logs}; when {@code
   * crashAt} is not null the JVM halts there as if killed (exit status 137).
   */
  public static Process start(List<String> args, String crashAt, Path logs) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx3g");
    // the --add-opens jobs/sprecher gives Spark on Java 17 (Kryo needs java.nio)
    Files.readAllLines(Path.of("conf/jvm-options")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(cmd::add);
    if (crashAt != null) {
      cmd.add("-D" + CrashPoints.PROPERTY + "=" + crashAt);
    }
    cmd.addAll(List.of("-cp", classPath, Main.class.getName()));
    cmd.addAll(args);
    File log = Files.createTempFile(logs, "sprecher-" + crashAt + "-", ".log").toFile();
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
  }
}
