package io.sprecher.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output's run lock: a file created atomically (fails if it exists), holding the run id, host,
 * process id and start time of its holder, whose modification time the holder refreshes every
 * {@code heartbeat}. A lock is stale, and is broken by the next run, when its holder's process is
 * gone (same host) or its heartbeat is older than {@code staleAfter} (any host): a killed run never
 * leaves the output locked for longer than that.
 */
public final class RunLock implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);

  private final FileSystem fs;
  private final Path file;
  private final String runId;
  private final ScheduledExecutorService heartbeat;

  private RunLock(FileSystem fs, Path file, String runId, Duration every) {
    this.fs = fs;
    this.file = file;
    this.runId = runId;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sprecher-lock-heartbeat");
              t.setDaemon(true);
              return t;
            });
    long ms = every.toMillis();
    heartbeat.scheduleAtFixedRate(this::touch, ms, ms, TimeUnit.MILLISECONDS);
  }

  /**
   * Takes the lock at {@code file} for {@code runId}, breaking a stale one.
   *
   * @throws OutputLockedException when a live run holds it
   */
  public static RunLock acquire(
      FileSystem fs, Path file, String runId, Duration staleAfter, Duration every) {
    try {
      fs.mkdirs(file.getParent());
      if (tryCreate(fs, file, runId)) {
        return new RunLock(fs, file, runId, every);
      }
      Properties holder = read(fs, file);
      String why = staleness(fs, file, holder, staleAfter);
      if (why == null) {
        throw new OutputLockedException(describe(file, holder, staleAfter));
      }
      LOG.warn("breaking the stale lock of run {}: {}", holder.getProperty("run_id"), why);
      fs.delete(file, false);
      if (tryCreate(fs, file, runId)) {
        return new RunLock(fs, file, runId, every);
      }
      throw new OutputLockedException(describe(file, read(fs, file), staleAfter));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** Releases the lock if this run still holds it. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      if (fs.exists(file) && runId.equals(read(fs, file).getProperty("run_id"))) {
        fs.delete(file, false);
      }
    } catch (IOException e) {
      LOG.warn("cannot release the lock {}: {}", file, e.getMessage());
    }
  }

  private void touch() {
    try {
      fs.setTimes(file, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot refresh the lock {}: {}", file, e.getMessage());
    }
  }

  /** Creates the lock file only if there is none: O_EXCL on local disk, create(overwrite=false). */
  private static boolean tryCreate(FileSystem fs, Path file, String runId) throws IOException {
    byte[] content = content(runId);
    if ("file".equals(fs.getScheme())) {
      try {
        Files.write(
            java.nio.file.Path.of(fs.makeQualified(file).toUri()),
            content,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(file, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static byte[] content(String runId) throws IOException {
    Properties p = new Properties();
    p.setProperty("run_id", runId);
    p.setProperty("host", hostName());
    p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    p.setProperty("started", Instant.now().toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.store(out, "sprecher run lock");
    return out.toByteArray();
  }

  private static Properties read(FileSystem fs, Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = fs.open(file)) {
      p.load(in);
    } catch (java.io.FileNotFoundException e) {
      // released between our attempt and this read
    }
    return p;
  }

  /** Why the lock is stale, or null when its holder is alive. */
  private static String staleness(FileSystem fs, Path file, Properties holder, Duration staleAfter)
      throws IOException {
    if (!fs.exists(file)) {
      return "released";
    }
    String pid = holder.getProperty("pid");
    if (hostName().equals(holder.getProperty("host")) && pid != null) {
      try {
        if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
          return null;
        }
        return "its process " + pid + " on this host is gone";
      } catch (NumberFormatException e) {
        return "it names no process";
      }
    }
    long age = System.currentTimeMillis() - fs.getFileStatus(file).getModificationTime();
    return age > staleAfter.toMillis() ? "no heartbeat for " + age / 1000 + " s" : null;
  }

  private static String describe(Path file, Properties holder, Duration staleAfter) {
    return "the output is locked by run "
        + holder.getProperty("run_id", "?")
        + " (host "
        + holder.getProperty("host", "?")
        + ", pid "
        + holder.getProperty("pid", "?")
        + ", started "
        + holder.getProperty("started", "?")
        + "). Two runs must not write the same output at once. If that run is dead, its lock"
        + " is broken automatically once its process is gone or after "
        + staleAfter.toMinutes()
        + " minutes without heartbeat ("
        + file
        + ").";
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
