package io.sprecher.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

  @TempDir Path dir;

  private static final Duration STALE = Duration.ofMinutes(10);
  private static final Duration BEAT = Duration.ofSeconds(30);

  private FileSystem fs() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }

  private org.apache.hadoop.fs.Path lock() {
    return new org.apache.hadoop.fs.Path(dir.resolve("_sprecher/lock").toUri());
  }

  @Test
  void secondRunIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    try (RunLock first = RunLock.acquire(fs(), lock(), "run-1", STALE, BEAT)) {
      assertThatThrownBy(() -> RunLock.acquire(fs(), lock(), "run-2", STALE, BEAT))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageContaining("locked by run run-1")
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    RunLock.acquire(fs(), lock(), "run-3", STALE, BEAT).close();
    assertThat(dir.resolve("_sprecher/lock")).doesNotExist();
  }

  @Test
  void lockOfADeadProcessOnThisHostIsBroken() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    writeLock(InetAddress.getLocalHost().getHostName(), p.pid());
    try (RunLock lock = RunLock.acquire(fs(), lock(), "run-2", STALE, BEAT)) {
      assertThat(Files.readString(dir.resolve("_sprecher/lock"))).contains("run_id=run-2");
    }
  }

  @Test
  void lockOfAnotherHostIsBrokenOnlyAfterItsHeartbeatStops() throws Exception {
    writeLock("elsewhere.example", 1);
    assertThatThrownBy(() -> RunLock.acquire(fs(), lock(), "run-2", STALE, BEAT))
        .isInstanceOf(OutputLockedException.class);
    Files.setLastModifiedTime(
        dir.resolve("_sprecher/lock"), FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
    RunLock.acquire(fs(), lock(), "run-2", STALE, BEAT).close();
  }

  private void writeLock(String host, long pid) throws Exception {
    Files.createDirectories(dir.resolve("_sprecher"));
    Files.writeString(
        dir.resolve("_sprecher/lock"),
        "run_id=run-1\nhost=" + host + "\npid=" + pid + "\nstarted=2026-11-22T03:00:00Z\n");
  }
}
