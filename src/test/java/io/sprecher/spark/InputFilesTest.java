package io.sprecher.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  private final Configuration conf = new Configuration();

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String uri(Path p) {
    return "file:" + p.toAbsolutePath();
  }

  @Test
  void listsFilesInNestedDirectoriesInPathOrderWithSizeAndModificationTime() throws IOException {
    Path b = write("2015/09/b.txt", "Kerry sagte etwas.");
    Path a = write("2015/a.txt", "Titel");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_441_000_000_000L));

    List<InputFile> files = InputFiles.list(conf, dir.toString());

    assertEquals(
        List.of(
            new InputFile(uri(b), Files.size(b), Files.getLastModifiedTime(b).toMillis()),
            new InputFile(uri(a), 5, 1_441_000_000_000L)),
        files.stream().sorted((x, y) -> x.path().compareTo(y.path())).toList());
    assertEquals(List.of(uri(b), uri(a)), files.stream().map(InputFile::path).toList());
  }

  @Test
  void skipsHiddenFilesAndEverythingUnderHiddenDirectories() throws IOException {
    Path kept = write("in/artikel.txt", "Text");
    write("in/.artikel.txt.crc", "x");
    write("in/_SUCCESS", "");
    write("in/_temporary/0/artikel.txt", "halb geschrieben");
    write("in/.git/objects/ab", "x");

    assertEquals(
        List.of(uri(kept)),
        InputFiles.list(conf, dir.resolve("in").toString()).stream().map(InputFile::path).toList());
  }

  @Test
  void expandsGlobsAndTakesANamedFileEvenInAHiddenDirectory() throws IOException {
    Path one = write("in/eins.txt", "1");
    write("in/zwei.json", "{}");
    Path hidden = write("_staging/drei.txt", "3");

    assertEquals(
        List.of(uri(one)),
        InputFiles.list(conf, dir.resolve("in").toString() + "/*.txt").stream()
            .map(InputFile::path)
            .toList());
    assertEquals(
        List.of(uri(hidden)),
        InputFiles.list(conf, hidden.toString()).stream().map(InputFile::path).toList());
  }

  @Test
  void refusesAnInputThatDoesNotExist() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> InputFiles.list(conf, dir.resolve("fehlt").toString()));
    assertEquals("no input at " + dir.resolve("fehlt"), e.getMessage());
  }
}
