package io.sprecher.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands an input argument (a file, a directory read recursively, or a glob, on any Hadoop file
 * system: file:, hdfs:, s3a:) into the files to read. Hidden files (".x", "_SUCCESS") are skipped,
 * as Hadoop does.
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
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (!isHidden(f.getPath(), m.getPath())) {
            files.add(of(f));
          }
        }
      }
      files.sort(Comparator.comparing(InputFile::path));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
    }
  }

  private static InputFile of(FileStatus f) {
    return new InputFile(f.getPath().toString(), f.getLen(), f.getModificationTime());
  }

  private static boolean isHidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
