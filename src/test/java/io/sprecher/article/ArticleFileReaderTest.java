package io.sprecher.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {

  private final ArticleFileReader reader = new ArticleFileReader();

  @Test
  void readsSeedTextFileAsOneArticle() throws Exception {
    Path seed = Path.of("seeds", "001_135e26ff78ab9609.txt");
    List<ParsedInput> out = reader.read("file:/in/" + seed.getFileName(), Files.readAllBytes(seed));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).article().publisher()).isEqualTo("welt.de");
  }

  @Test
  void readsJsonLinesAndRejectsOnlyTheBrokenLine() {
    String lines =
        "{\"title\": \"Kerry in Moskau\", \"maintext\": \"Kerry sagte, er hoffe auf Fortschritt.\","
            + " \"date_publish\": \"2015-12-15 10:00:00\", \"source_domain\": \"www.welt.de\"}\n"
            + "{\"title\": \"kaputt\", \"maintext\": \n"
            + "{\"title\": \"Putin\", \"maintext\": \"Putin ergänzte, dass man kooperiere.\"}\n";
    List<ParsedInput> out = reader.read("in/a.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    assertThat(out).hasSize(3);
    assertThat(out.get(0).article().title()).isEqualTo("Kerry in Moskau");
    assertThat(out.get(1).reject().reason()).isEqualTo(ArticleFormatException.BAD_JSON);
    assertThat(out.get(1).reject().sourceFile()).isEqualTo("in/a.jsonl:2");
    assertThat(out.get(2).article().sourceFile()).isEqualTo("in/a.jsonl:3");
  }

  @Test
  void readsOnePrettyPrintedNewsPleaseRecord() {
    String json =
        "{\n  \"title\": \"Kerry in Moskau\",\n  \"maintext\": \"Kerry sagte, er hoffe auf"
            + " Fortschritt.\",\n  \"url\": \"https://www.welt.de/a.html\"\n}\n";
    List<ParsedInput> out = reader.read("in/a.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).article().url()).isEqualTo("https://www.welt.de/a.html");
  }

  @Test
  void rejectsEmptyFileWithReasonEmpty() {
    List<ParsedInput> out = reader.read("in/empty.txt", new byte[0]);
    assertThat(out)
        .singleElement()
        .satisfies(p -> assertThat(p.reject().reason()).isEqualTo("EMPTY"));
  }

  @Test
  void rejectsBinaryFileAsNotUtf8() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, (byte) 0xff, (byte) 0xfe};
    List<ParsedInput> out = reader.read("in/picture.txt", png);
    assertThat(out.get(0).reject().reason()).isEqualTo(ArticleFileReader.NOT_UTF8);
    assertThat(out.get(0).reject().size()).isEqualTo(png.length);
  }

  @Test
  void rejectsUnknownFileTypeInsteadOfSkippingIt() {
    List<ParsedInput> out =
        reader.read("in/table.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(out.get(0).reject().reason()).isEqualTo(ArticleFileReader.UNSUPPORTED_FORMAT);
  }
}
