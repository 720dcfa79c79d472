package io.sprecher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.cli.Main;
import io.sprecher.testing.OutputTables;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster jar on a real Spark standalone cluster ({@code jobs/local-cluster}: a master and a
 * worker with 2 cores, from the build's Maven jars), submitted with {@code jobs/submit} in client
 * and in cluster deploy mode, and with an executor killed in the middle: the tables equal those of
 * a local-mode run on the same input.
 */
class LocalClusterIT {

  private static final long SUBMIT_TIMEOUT_MINUTES = 6;
  @TempDir static Path work;
  private static Path clusterDir;
  private static Map<String, String> env;
  private static String masterUrl;
  private static List<String> localMode;

  @BeforeAll
  static void startClusterAndRunInLocalMode() throws Exception {
    clusterDir = work.resolve("cluster");
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    env =
        Map.of(
            "SPRECHER_CLUSTER_DIR",
            clusterDir.toString(),
            "SPRECHER_MASTER_PORT",
            String.valueOf(port),
            "SPRECHER_MASTER_UI_PORT",
            String.valueOf(freePort()),
            "SPRECHER_WORKER_UI_PORT",
            String.valueOf(freePort()),
            "SPRECHER_WORKER_CORES",
            "2",
            "SPRECHER_WORKER_MEMORY",
            "6g",
            "SPRECHER_SUBMIT_JAVA_OPTS",
            "-Xmx1g",
            "SPRECHER_NO_BUILD",
            "1");
    Runtime.getRuntime().addShutdownHook(new Thread(LocalClusterIT::stopCluster));
    assertThat(script("start", "jobs/local-cluster", "start").waitFor()).isZero();

    Path out = work.resolve("local-mode");
    assertThat(Main.run("extract", "--input", seeds(), "--output", out.toString())).isZero();
    localMode = new OutputTables(out).snapshot();
  }

  @AfterAll
  static void stopCluster() {
    try {
      script("stop", "jobs/local-cluster", "stop").waitFor(2, TimeUnit.MINUTES);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("cannot stop the local cluster", e);
    }
  }

  private static String seeds() {
    return new File("seeds").getAbsolutePath();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Starts a script of jobs/ with the cluster's environment; its output goes to NAME.log. */
  private static Process script(String name, String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.redirectOutput(work.resolve(name + ".log").toFile());
    return pb.start();
  }

  private static Process submit(String name, String deployMode, Path out, String... extra)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "jobs/submit",
                "--master",
                masterUrl,
                "--deploy-mode",
                deployMode,
                "--executor-memory",
                "3g",
                "--driver-memory",
                "1g",
                "extract",
                "--input",
                seeds(),
                "--output",
                out.toString()));
    command.addAll(List.of(extra));
    return script(name, command.toArray(String[]::new));
  }

  private static int exitCode(Process p, String name) throws Exception {
    if (!p.waitFor(SUBMIT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(name + " did not end; log:\n" + log(name));
    }
    return p.exitValue();
  }

  private static String log(String name) throws IOException {
    return Files.readString(work.resolve(name + ".log"), StandardCharsets.UTF_8);
  }

  /** The standard error files of the executors the worker launched, for every application. */
  private static List<Path> executorLogs() throws IOException {
    Path apps = clusterDir.resolve("work");
    if (!Files.isDirectory(apps)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(apps)) {
      return files
          .filter(p -> p.getFileName().toString().equals("stderr"))
          .filter(p -> p.getParent().getParent().getFileName().toString().startsWith("app-"))
          .toList();
    }
  }

  @Test
  void clientModeGivesTheTablesOfALocalModeRun() throws Exception {
    List<Path> before = executorLogs();
    Path out = work.resolve("client");
    int code = exitCode(submit("client", "client", out), "client");
    assertThat(code).as(log("client")).isZero();
    assertThat(new OutputTables(out).snapshot()).isEqualTo(localMode);
    List<Path> launched = new ArrayList<>(executorLogs());
    launched.removeAll(before);
    assertThat(launched).isNotEmpty();
    for (Path executorLog : launched) {
      // the cluster jar's class in CoreNLP's package shares CoreNLP's class loader on executors
      assertThat(Files.readString(executorLog, StandardCharsets.UTF_8))
          .contains("parser scores by ParserNetwork");
    }
  }

  @Test
  void clusterModeGivesTheTablesOfALocalModeRun() throws Exception {
    Path out = work.resolve("cluster-mode");
    int code = exitCode(submit("cluster", "cluster", out), "cluster");
    assertThat(code).as(log("cluster")).isZero();
    assertThat(new OutputTables(out).snapshot()).isEqualTo(localMode);
  }

  @Test
  void clusterModeExitsNonZeroWhenTheDriverFails() throws Exception {
    Path out = work.resolve("cluster-failed");
    Path missing = work.resolve("no-such.properties");
    int code =
        exitCode(
            submit("cluster-failed", "cluster", out, "--config", missing.toString()),
            "cluster-failed");
    assertThat(code).as(log("cluster-failed")).isEqualTo(1);
    assertThat(log("cluster-failed")).contains("is FAILED");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void anExecutorKilledWhileAnnotatingIsReplacedAndEveryArticleIsWrittenOnce() throws Exception {
    List<Path> before = executorLogs();
    Path out = work.resolve("executor-killed");
    Process run = submit("killed", "client", out);

    ProcessHandle executor = awaitAnnotatingExecutor(before, run);
    executor.destroyForcibly(); // SIGKILL, as the OOM killer or a lost node would
    int code = exitCode(run, "killed");

    assertThat(code).as(log("killed")).isZero();
    assertThat(log("killed")).contains("Lost executor"); // the driver saw it go
    assertThat(new OutputTables(out).snapshot()).isEqualTo(localMode);
    List<Path> launched = new ArrayList<>(executorLogs());
    launched.removeAll(before);
    assertThat(launched).as("executors of the run: the killed one and its replacement").hasSize(2);
  }

  /** Waits until an executor of the run has loaded CoreNLP and works on tasks; its process. */
  private static ProcessHandle awaitAnnotatingExecutor(List<Path> before, Process run)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(SUBMIT_TIMEOUT_MINUTES);
    while (System.nanoTime() < deadline && run.isAlive()) {
      for (Path log : executorLogs()) {
        if (!before.contains(log)
            && Files.readString(log, StandardCharsets.UTF_8)
                .contains("CoreNLP German pipeline loaded")) {
          // work/APP_ID/EXECUTOR_ID/stderr
          String executorId = log.getParent().getFileName().toString();
          String appId = log.getParent().getParent().getFileName().toString();
          Optional<ProcessHandle> executor =
              ProcessHandle.allProcesses()
                  .filter(
                      p ->
                          p.info()
                              .commandLine()
                              .filter(c -> c.contains("CoarseGrainedExecutorBackend"))
                              .filter(c -> c.contains("--app-id " + appId))
                              .filter(c -> c.contains("--executor-id " + executorId + " "))
                              .isPresent())
                  .findFirst();
          if (executor.isPresent()) {
            return executor.get();
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no executor loaded CoreNLP; log:\n" + log("killed"));
  }
}
