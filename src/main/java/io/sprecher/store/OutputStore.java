package io.sprecher.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output directory of {@code extract}: published runs under {@code tables/}, everything else
 * under {@code _sprecher/}.
 *
 * <pre>
 * OUT/tables/RUN/statements/month=2015-09/part-*.parquet   published batches, one per run
 * OUT/tables/RUN/{articles,mentions,rejects,files,runs}/...
 * OUT/_sprecher/lock                                     the run lock ({@link RunLock})
 * OUT/_sprecher/staging/RUN/run.properties               a run in progress: its start record
 * OUT/_sprecher/staging/RUN/batch/...                    ... and its rows, until published
 * OUT/_sprecher/generations/RUN/                         local disk: what tables/ links to
 * </pre>
 *
 * <p>Publishing a run is one rename of its staged batch into {@code tables/}: atomic on local disk
 * and HDFS, so a reader globbing {@code OUT/tables/*}{@code /statements/**}{@code /*.parquet} sees
 * a run whole or not at all. A full refresh builds a new generation and switches {@code tables} to
 * it: on local disk {@code tables} is a symbolic link replaced atomically; on file systems without
 * links (HDFS, S3) the old directory is moved aside and the new one moved in, two renames recorded
 * in a journal ({@code _sprecher/swap}) so that {@link #recover()} finishes a switch a kill
 * interrupted. {@link #recover()} also discards what killed runs staged and reports them.
 */
public final class OutputStore {

  public static final String TABLES = "tables";
  static final String META = "_sprecher";
  private static final String STAGING = "staging";
  private static final String GENERATIONS = "generations";
  private static final String RETIRED = "retired";
  private static final String BATCH = "batch";
  private static final String RUN_RECORD = "run.properties";
  private static final String SWAP_JOURNAL = "swap";
  private static final String TEMP_LINK_PREFIX = "_tables.";
  private static final List<String> OLD_LAYOUT_TABLES = List.of("statements", "articles");

  private final FileSystem fs;
  private final Path root;
  private final boolean links;

  /** The store at {@code output} (any Hadoop file system URI). */
  public OutputStore(Configuration conf, String output) {
    this(conf, output, true);
  }

  /** For tests: a local store that switches generations by two renames, as on HDFS. */
  static OutputStore withoutLinks(Configuration conf, String output) {
    return new OutputStore(conf, output, false);
  }

  private OutputStore(Configuration conf, String output, boolean linksOnLocalDisk) {
    try {
      Path p = new Path(output);
      this.fs = p.getFileSystem(conf);
      this.root = fs.makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output " + output + ": " + e.getMessage(), e);
    }
    this.links = linksOnLocalDisk && "file".equals(fs.getScheme());
  }

  public FileSystem fileSystem() {
    return fs;
  }

  public Path root() {
    return root;
  }

  /** The published tables: one directory per run. */
  public Path tables() {
    return new Path(root, TABLES);
  }

  Path meta() {
    return new Path(root, META);
  }

  public Path lockFile() {
    return new Path(meta(), "lock");
  }

  /** Where a run writes its rows before they are published. */
  public Path stagedBatch(String runId) {
    return new Path(staging(runId), BATCH);
  }

  private Path staging(String runId) {
    return new Path(new Path(meta(), STAGING), runId);
  }

  /**
   * Refuses an output directory written by Sprecher 0.1 (tables directly under it): its tables
   * would not be seen by readers of the new layout.
   */
  public void checkLayout() {
    for (String t : OLD_LAYOUT_TABLES) {
      Path old = new Path(root, t);
      if (exists(old) && !exists(tables())) {
        throw new IllegalStateException(
            root
                + " holds tables of an older Sprecher layout ("
                + old
                + "); write to a new output directory");
      }
    }
  }

  /** Records the start of a run: its staging directory and start record. */
  public void begin(String runId, Instant started, String mode, String input) {
    Properties p = new Properties();
    p.setProperty("run_id", runId);
    p.setProperty("started", started.toString());
    p.setProperty("mode", mode);
    p.setProperty("input", input);
    try {
      fs.mkdirs(staging(runId));
      try (OutputStream out = fs.create(new Path(staging(runId), RUN_RECORD), true)) {
        p.store(out, "sprecher run in progress");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage run " + runId + ": " + e.getMessage(), e);
    }
  }

  /** Publishes a run's staged batch next to the earlier ones: one atomic rename. */
  public void publish(String runId) {
    try {
      ensureTables(runId);
      CrashPoints.reach("before-publish");
      rename(stagedBatch(runId), new Path(tables(), runId));
      CrashPoints.reach("after-publish");
      fs.delete(staging(runId), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish run " + runId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Publishes a run's staged batch as the only one: readers switch from the old tables to the new
   * in one step (local disk) or two renames (elsewhere; see the class comment).
   */
  public void publishReplacing(String runId) {
    try {
      Path generation = new Path(new Path(meta(), GENERATIONS), runId);
      fs.mkdirs(generation);
      rename(stagedBatch(runId), new Path(generation, runId));
      CrashPoints.reach("before-switch");
      if (links) {
        switchLink(generation);
      } else {
        writeJournal(runId);
        if (exists(tables())) {
          fs.mkdirs(new Path(meta(), RETIRED));
          rename(tables(), new Path(new Path(meta(), RETIRED), runId));
        }
        CrashPoints.reach("between-switch-renames");
        rename(generation, tables());
        fs.delete(journal(), false);
      }
      CrashPoints.reach("after-switch");
      fs.delete(staging(runId), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish run " + runId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Finishes or discards what killed runs left: completes an interrupted switch of generations,
   * removes staged batches that were never published, old generations and moved-aside tables. Call
   * it holding the lock, before a run starts.
   *
   * @return the runs that were killed before they published, oldest first
   */
  public List<AbandonedRun> recover() {
    try {
      finishSwitch();
      List<AbandonedRun> abandoned = new ArrayList<>();
      for (FileStatus s : list(new Path(meta(), STAGING))) {
        String runId = s.getPath().getName();
        if (!exists(new Path(tables(), runId))) {
          abandoned.add(readRecord(s.getPath(), runId));
        }
        fs.delete(s.getPath(), true);
      }
      String current = links ? currentGeneration() : null;
      for (FileStatus g : list(new Path(meta(), GENERATIONS))) {
        if (!g.getPath().getName().equals(current)) {
          fs.delete(g.getPath(), true);
        }
      }
      fs.delete(new Path(meta(), RETIRED), true);
      for (FileStatus f : list(root)) {
        if (f.getPath().getName().startsWith(TEMP_LINK_PREFIX)) {
          fs.delete(f.getPath(), false);
        }
      }
      abandoned.sort((a, b) -> a.runId().compareTo(b.runId()));
      return abandoned;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover output " + root + ": " + e.getMessage(), e);
    }
  }

  /** The published batches that have {@code table}: paths for a reader. */
  public List<Path> published(String table) {
    List<Path> out = new ArrayList<>();
    for (FileStatus b : list(tables())) {
      Path t = new Path(b.getPath(), table);
      if (b.isDirectory() && exists(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** On local disk: makes {@code tables} a link to a first generation when there is none yet. */
  private void ensureTables(String runId) throws IOException {
    if (exists(tables())) {
      return;
    }
    if (links) {
      Path generation = new Path(new Path(meta(), GENERATIONS), runId);
      fs.mkdirs(generation);
      switchLink(generation);
    } else {
      fs.mkdirs(tables());
    }
  }

  /** Points {@code tables} at {@code generation}: a new relative link renamed over the old one. */
  private void switchLink(Path generation) throws IOException {
    java.nio.file.Path rootDir = local(root);
    java.nio.file.Path target = rootDir.relativize(local(generation));
    java.nio.file.Path temp = rootDir.resolve(TEMP_LINK_PREFIX + generation.getName() + ".tmp");
    Files.deleteIfExists(temp);
    Files.createSymbolicLink(temp, target);
    Files.move(temp, rootDir.resolve(TABLES), StandardCopyOption.ATOMIC_MOVE);
  }

  /** The name of the generation {@code tables} links to, or null. */
  private String currentGeneration() throws IOException {
    java.nio.file.Path link = local(tables());
    if (!Files.isSymbolicLink(link)) {
      return null;
    }
    return Files.readSymbolicLink(link).getFileName().toString();
  }

  private void writeJournal(String runId) throws IOException {
    try (OutputStream out = fs.create(journal(), true)) {
      out.write(runId.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Path journal() {
    return new Path(meta(), SWAP_JOURNAL);
  }

  /** Completes a two-rename switch of generations that a kill interrupted. */
  private void finishSwitch() throws IOException {
    if (!exists(journal())) {
      return;
    }
    String runId;
    try (InputStream in = fs.open(journal())) {
      runId = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    Path generation = new Path(new Path(meta(), GENERATIONS), runId);
    if (exists(generation) && !exists(tables())) {
      rename(generation, tables());
    }
    fs.delete(journal(), false);
  }

  private AbandonedRun readRecord(Path stagingDir, String runId) throws IOException {
    Path record = new Path(stagingDir, RUN_RECORD);
    if (!exists(record)) {
      return new AbandonedRun(runId, null, null, null);
    }
    Properties p = new Properties();
    try (InputStream in = fs.open(record)) {
      p.load(in);
    }
    String started = p.getProperty("started");
    return new AbandonedRun(
        runId,
        started == null ? null : Instant.parse(started),
        p.getProperty("mode"),
        p.getProperty("input"));
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }

  private boolean exists(Path p) {
    try {
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FileStatus[] list(Path dir) {
    try {
      return exists(dir) ? fs.listStatus(dir) : new FileStatus[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static java.nio.file.Path local(Path p) {
    return java.nio.file.Path.of(p.toUri());
  }
}
