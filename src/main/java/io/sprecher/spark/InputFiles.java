package io.sprecher.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands an input argument (a file, a directory read recursively, or a glob, on any Hadoop file
 * system: file:, hdfs:, s3a:) into the files to read. Hidden files and directories (".x",
 * "_SUCCESS", "_temporary") are skipped, as Hadoop does.
 *
 * <p>Directories are walked with plain listings ({@code listStatusIterator}), not {@code
 * listFiles}: its located statuses ask the local file system for each file's permissions, which
 * without Hadoop's native library means one {@code ls} process per file (2.7 ms a file measured
 * here: 2.7 s for 1,028 files against 19 ms), and ask HDFS for block locations nobody reads.
 */
final class InputFiles {

  private InputFiles() {}

  static List<InputFile> list(Configuration conf, String input) {
    try {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("no input at " + input);
      }
      List<InputFile> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isFile()) {
          files.add(of(m));
          continue;
        }
        walk(fs, m.getPath(), files);
      }
      files.sort(Comparator.comparing(InputFile::path));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
    }
  }

  /** Adds the visible files under {@code dir}, recursively; hidden directories are not entered. */
  private static void walk(FileSystem fs, Path dir, List<InputFile> files) throws IOException {
    RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
    while (it.hasNext()) {
      FileStatus f = it.next();
      if (isHidden(f.getPath().getName())) {
        continue;
      }
      if (f.isDirectory()) {
        walk(fs, f.getPath(), files);
      } else {
        files.add(of(f));
      }
    }
  }

  private static InputFile of(FileStatus f) {
    return new InputFile(f.getPath().toString(), f.getLen(), f.getModificationTime());
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }
}
