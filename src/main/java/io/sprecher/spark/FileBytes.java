package io.sprecher.spark;

import io.sprecher.article.ArticleFileReader;
import io.sprecher.article.ParsedInput;
import io.sprecher.article.Reject;
import io.sprecher.article.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reads one input file in a task: its articles, or a reject when it cannot be read. */
final class FileBytes {

  private FileBytes() {}

  static List<ParsedInput> read(Configuration conf, InputFile f, ArticleFileReader reader) {
    long max = reader.maxBytes(f.path());
    if (f.size() > max) {
      return List.of(reader.tooLargeFile(f.path(), f.size()));
    }
    byte[] bytes;
    try {
      Path path = new Path(f.path());
      FileSystem fs = path.getFileSystem(conf);
      try (InputStream in = fs.open(path)) {
        bytes =
            in.readNBytes(
                (int) Math.min(max + 1, Integer.MAX_VALUE - 8)); // a file that grew since listing
      }
    } catch (IOException | RuntimeException e) {
      String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
      return List.of(
          ParsedInput.rejected(new Reject(f.path(), RejectReason.UNREADABLE, detail, f.size())));
    }
    return reader.read(f.path(), bytes);
  }
}
