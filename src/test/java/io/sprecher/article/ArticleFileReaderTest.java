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
    assertThat(out.get(1).reject().reason()).isEqualTo("BAD_JSON");
    assertThat(out.get(1).reject().sourceFile()).isEqualTo("in/a.jsonl:2");
    assertThat(out.get(1).reject().detail())
        .startsWith("unparseable JSON: ")
        .doesNotContain("a.jsonl");
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

  private static byte[] badInput(String name) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/io/sprecher/article/bad-input", name));
  }

  private ParsedInput readOne(String name) throws Exception {
    List<ParsedInput> out = reader.read("file:/in/" + name, badInput(name));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void rejectsPngImageAsBinaryWhateverItsName() throws Exception {
    byte[] png = badInput("picture.png");
    for (String name : List.of("picture.png", "picture.txt")) {
      Reject r = reader.read("in/" + name, png).get(0).reject();
      assertThat(r.reason()).isEqualTo("BINARY");
      assertThat(r.detail()).contains("PNG image");
      assertThat(r.size()).isEqualTo(png.length);
    }
  }

  @Test
  void rejectsZipArchiveAsBinary() throws Exception {
    assertThat(readOne("archive.zip").reject().detail()).contains("ZIP archive");
  }

  @Test
  void decodesWindows1252GermanTextAndRecordsTheEncoding() throws Exception {
    Article a = readOne("latin1-windows-1252.txt").article();
    assertThat(a.title()).isEqualTo("Grüße aus München: Söder will Straßenausbau beschleunigen");
    assertThat(a.text()).contains("„Wir müssen die Verfahren halbieren“");
    assertThat(a.sourceEncoding()).isEqualTo("windows-1252");
  }

  @Test
  void stripsUtf8ByteOrderMarkAndRecordsIt() throws Exception {
    Article a = readOne("utf8-with-bom.txt").article();
    assertThat(a.title()).startsWith("Grüße aus München");
    assertThat(a.sourceEncoding()).isEqualTo("UTF-8 (BOM)");
  }

  @Test
  void rejectsEnglishAndRussianTextAsNotGerman() throws Exception {
    Reject english = readOne("english.txt").reject();
    assertThat(english.reason()).isEqualTo("NOT_GERMAN");
    assertThat(english.detail()).contains("looks English");
    Reject russian = readOne("russian.txt").reject();
    assertThat(russian.reason()).isEqualTo("NOT_GERMAN");
    assertThat(russian.detail()).contains("non-Latin script");
  }

  @Test
  void keepsTheGoodLinesOfJsonLinesWithOneBrokenLine() throws Exception {
    List<ParsedInput> out =
        reader.read("in/one-broken-line.jsonl", badInput("one-broken-line.jsonl"));
    assertThat(out)
        .extracting(p -> p.reject() == null ? "article" : p.reject().reason())
        .containsExactly("article", "BAD_JSON", "article");
  }

  @Test
  void rejectsFileOverTheSizeLimitWithoutParsingIt() {
    ArticleFileReader small = new ArticleFileReader(new InputLimits(100, 50));
    byte[] bytes = "Ein Satz. ".repeat(20).getBytes(StandardCharsets.UTF_8);
    Reject r = small.read("in/big.txt", bytes).get(0).reject();
    assertThat(r.reason()).isEqualTo("TOO_LARGE");
    assertThat(r.detail()).contains("200 bytes, over the limit of 100");
  }

  @Test
  void rejectsArticleOverTheLengthLimit() {
    ArticleFileReader small = new ArticleFileReader(new InputLimits(10_000, 80));
    String text = "Titel der Meldung hier\n\n" + "Der Minister sagte, es gehe voran. ".repeat(3);
    Reject r = small.read("in/long.txt", text.getBytes(StandardCharsets.UTF_8)).get(0).reject();
    assertThat(r.reason()).isEqualTo("TOO_LARGE");
    assertThat(r.detail()).contains("over the limit of 80");
  }

  @Test
  void rejectsUnknownFileTypeInsteadOfSkippingIt() {
    List<ParsedInput> out =
        reader.read("in/table.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(out.get(0).reject().reason()).isEqualTo("UNSUPPORTED_FORMAT");
  }
}
