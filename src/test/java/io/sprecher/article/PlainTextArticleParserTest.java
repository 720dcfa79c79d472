package io.sprecher.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprecher.time.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextArticleParserTest {

  private static final PlainTextArticleParser PARSER = new PlainTextArticleParser();

  private static Article seed(String name) throws IOException {
    return PARSER.parse(name, Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8));
  }

  private static String head(Article a) {
    return a.text().substring(0, 40);
  }

  private static String tail(Article a) {
    return a.text().substring(a.text().length() - 40);
  }

  private static void assertCleanBody(Article a) {
    assertThat(a.text()).isEqualTo(a.text().strip());
    assertThat(a.text()).doesNotContain("\n\n\n").doesNotContain("  ").doesNotContain("\u00a0");
    assertThat(a.id()).isEqualTo(ArticleId.of(a.title(), a.text()));
  }

  @Test
  void seed000ReadsDatePrefixDatelineAndAgencyLineAndDropsPhotoCaption() throws IOException {
    Article a = seed("000_97dd698d043d8ec6.txt");
    assertThat(a.sourceFile()).isEqualTo("000_97dd698d043d8ec6.txt");
    assertThat(a.title()).isNull();
    assertThat(a.publisher()).isNull();
    assertThat(a.agency()).isEqualTo("AFP");
    assertThat(a.url()).isNull();
    assertThat(a.dateline()).isEqualTo("Washington");
    assertThat(a.published()).isEqualTo(PartialDate.month(2017, 1));
    assertThat(head(a)).isEqualTo("Der neue US-Präsident Donald Trump steht");
    assertThat(tail(a)).isEqualTo("ligung Washingtons an den Gesprächen ab.");
    assertThat(a.text())
        .contains("\n\nTrump hat eine Verbesserung der Beziehungen zum russischen Staatschef")
        .contains("\n\nTrump stellt Verbesserung der Beziehungen zu Putin in Aussicht\n\n")
        .doesNotContain("©")
        .doesNotContain("+ Russlands")
        .doesNotContain("date 2017")
        .doesNotContain("AFP");
    assertThat(a.text().split("\n\n")).hasSize(8);
    assertCleanBody(a);
  }

  @Test
  void seed001ReadsPublisherDateUrlTitleAndRemovesLinkReferences() throws IOException {
    Article a = seed("001_135e26ff78ab9609.txt");
    assertThat(a.title()).isEqualTo("USA und Russland erwägen militärische Absprachen");
    assertThat(a.publisher()).isEqualTo("welt.de");
    assertThat(a.agency()).isEqualTo("dpa/tan");
    assertThat(a.url())
        .isEqualTo(
            "http://www.welt.de/politik/ausland/article146502506/"
                + "USA-und-Russland-erwaegen-militaerische-Absprachen.html");
    assertThat(a.dateline()).isNull();
    assertThat(a.published()).isEqualTo(PartialDate.day(LocalDate.of(2015, 9, 17)));
    assertThat(head(a)).isEqualTo("Die USA und Russland erwägen offenbar ei");
    assertThat(tail(a)).isEqualTo("gegen Terrorgruppen in Syrien zu bilden.");
    assertThat(a.text())
        .doesNotContain("(Link:")
        .doesNotContain("http")
        .doesNotContain("dpa/tan")
        .contains("Islamischer Staat (IS) in Syrien. Im Gespräch")
        .contains("an den Absichten Russlands. Weißes Haus");
    assertCleanBody(a);
  }

  @Test
  void seed002KeepsEveryLineAsParagraphAndStripsTrailingCredit() throws IOException {
    Article a = seed("002_309affeee7c8d549.txt");
    assertThat(a.title()).isNull();
    assertThat(a.publisher()).isNull();
    assertThat(a.agency()).isEqualTo("sda/afp");
    assertThat(a.url()).isNull();
    assertThat(a.dateline()).isNull();
    assertThat(a.published()).isEqualTo(PartialDate.UNKNOWN);
    assertThat(head(a)).isEqualTo("US-Aussenminister John Kerry hat sich be");
    assertThat(tail(a)).isEqualTo("d verschiedenen Rebellen eingeschlossen.");
    assertThat(a.text().split("\n\n")).hasSize(10);
    assertThat(a.text())
        .contains("\n\nGemeinsame Kommandozentrale ?\n\n")
        .contains("\n\nZusammenarbeit politisch heikel\n\n")
        .doesNotContain("(sda/afp)");
    assertCleanBody(a);
  }

  @Test
  void seed003DropsSectionAndRepeatedTitleAndCutsTeaserListAfterMehrZumThema() throws IOException {
    Article a = seed("003_232c46abd837d012.txt");
    assertThat(a.title()).isEqualTo("Syrien will Allianz mit den USA im Kampf gegen den Terror");
    assertThat(a.publisher()).isNull();
    assertThat(a.agency()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.dateline()).isNull();
    assertThat(a.published()).isEqualTo(PartialDate.day(LocalDate.of(2016, 3, 29)));
    assertThat(head(a)).isEqualTo("Die syrische Regierung hat sich überrasc");
    assertThat(tail(a)).isEqualTo("rn zur Eroberung von Palmyra gratuliert.");
    assertThat(a.text())
        .endsWith(
            "Bereits am Samstag hatte Russlands Präsident Putin den Syrern zur Eroberung von"
                + " Palmyra gratuliert.")
        .doesNotContain("DWN")
        .doesNotContain("Pistorius")
        .doesNotContain("Strafvereitelung")
        .doesNotContain("Mehr zum Thema")
        .doesNotContain("Benachrichtigung")
        .doesNotContain("Lesezeit")
        .doesNotContain("Politik\n")
        .doesNotContain(a.title())
        .doesNotContain("2024")
        .contains("Die USA unterstützen die von den Golfstaaten");
    assertThat(a.text().split("\n\n")).hasSize(8);
    assertCleanBody(a);
  }

  @Test
  void seed004ReadsTitleDatelineWithAgencyAndDropsPhotoLine() throws IOException {
    Article a = seed("004_175e22c93043e0f2.txt");
    assertThat(a.title()).isEqualTo("USA und Russland rücken im Kampf gegen IS näher zueinander");
    assertThat(a.publisher()).isNull();
    assertThat(a.agency()).isEqualTo("dpa");
    assertThat(a.url()).isNull();
    assertThat(a.dateline()).isEqualTo("London");
    assertThat(a.published()).isEqualTo(PartialDate.UNKNOWN);
    assertThat(head(a)).isEqualTo("Im Kampf gegen die Terrormiliz IS wollen");
    assertThat(tail(a)).isEqualTo("r seitdem insgesamt 71 Soldaten getötet.");
    assertThat(a.text()).doesNotContain("Foto: dpa").doesNotContain("London (dpa)");
    assertCleanBody(a);
  }

  @Test
  void sameFileGivesSameIdAndChangedTextAnotherId() throws IOException {
    String raw = Files.readString(Path.of("seeds", "004_175e22c93043e0f2.txt"));
    Article first = PARSER.parse("a", raw);
    Article again = new PlainTextArticleParser().parse("b", raw);
    Article changed = PARSER.parse("a", raw.replace("71 Soldaten", "72 Soldaten"));
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(changed.id()).isNotEqualTo(first.id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", " \t\r\n ", "\u00a0\n\u00a0"})
  void throwsEmptyForTextWithoutBody(String raw) {
    assertThatThrownBy(() -> PARSER.parse("x.txt", raw))
        .isInstanceOfSatisfying(
            ArticleFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY));
  }

  @Test
  void dateInTheBodyIsNotThePublicationDate() {
    String raw =
        "Kerry trifft Lawrow\n\nDer Außenminister sagte am 9. September 2015 in Genf, man sei"
            + " bereit.\n\n17.09.2015\n";
    assertThat(PARSER.parse("x.txt", raw).published()).isEqualTo(PartialDate.UNKNOWN);
  }

  @Test
  void throwsEmptyWhenOnlyHeaderAndBoilerplateRemain() {
    String raw = "welt.de, 17.09.2015\n\nhttp://www.welt.de/a.html\n\nLesezeit: 2 min\nAnzeige\n";
    assertThatThrownBy(() -> PARSER.parse("x.txt", raw))
        .isInstanceOfSatisfying(
            ArticleFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Die Kanzlerin - sichtlich gereizt - verließ den Saal.",
        "Der Präsident - Das sagte er am Montag.",
        "Auch Berlin - Das ist klar.",
        "Berlin und Paris - Die beiden Hauptstädte streiten.",
        "Die Union (CDU) - Das ist der Plan.",
        "Brüssel (EU-Kommission) - Die Behörde prüft.",
        "Sehr Große Neue Koalition - Die Mehrheit steht."
      })
  void doesNotTakeOrdinarySentenceStartForDateline(String first) {
    Article a = PARSER.parse("x.txt", first + "\n\nZweiter Absatz mit Text.");
    assertThat(a.dateline()).isNull();
    assertThat(a.text()).startsWith(first);
  }

  @Test
  void readsMultiWordDatelineWithCredit() {
    Article a =
        PARSER.parse(
            "x.txt",
            "Frankfurt am Main (dpa/lhe) – Die Polizei hat am Montag zwei Männer gefasst.");
    assertThat(a.dateline()).isEqualTo("Frankfurt am Main");
    assertThat(a.agency()).isEqualTo("dpa/lhe");
    assertThat(a.text()).isEqualTo("Die Polizei hat am Montag zwei Männer gefasst.");
  }

  @Test
  void readsDatelineWithEmDashAndQuote() {
    Article a = PARSER.parse("x.txt", "Den Haag — „Wir prüfen das“, sagte ein Sprecher.");
    assertThat(a.dateline()).isEqualTo("Den Haag");
    assertThat(a.text()).isEqualTo("„Wir prüfen das“, sagte ein Sprecher.");
  }

  @Test
  void prefersClosingCreditOverDatelineAgency() {
    Article a = PARSER.parse("x.txt", "Berlin (dpa) - Die Regierung tagt.\n\n(dpa/lnw)");
    assertThat(a.dateline()).isEqualTo("Berlin");
    assertThat(a.agency()).isEqualTo("dpa/lnw");
    assertThat(a.text()).isEqualTo("Die Regierung tagt.");
  }

  @Test
  void leavesParenthesesThatAreNoCreditInLastParagraph() {
    Article a = PARSER.parse("x.txt", "Erster Absatz.\nDie Regierung tagt. (Mehr dazu morgen)");
    assertThat(a.agency()).isNull();
    assertThat(a.text()).isEqualTo("Erster Absatz.\n\nDie Regierung tagt. (Mehr dazu morgen)");
  }

  @Test
  void doesNotCopyAgencyIntoPublisher() {
    Article a = PARSER.parse("x.txt", "Die Regierung tagt am Montag.\nAFP");
    assertThat(a.agency()).isEqualTo("AFP");
    assertThat(a.publisher()).isNull();
  }

  @Test
  void cutsTeaserListAfterAnzeige() {
    String raw =
        "Erster Absatz über die Lage.\n\nZweiter Absatz.\n\nAnzeige\nDWN\nPolitik\n"
            + "Politik Etwas ganz anderes\n10.05.2024";
    assertThat(PARSER.parse("x.txt", raw).text())
        .isEqualTo("Erster Absatz über die Lage.\n\nZweiter Absatz.");
  }

  @Test
  void dropsMehrZumThemaInFirstThirdButCutsItLater() {
    String paragraph = "Ein Absatz mit ausreichend viel Text, damit das Drittel erreicht wird.";
    String raw =
        paragraph
            + "\nMehr zum Thema:\n"
            + paragraph
            + "\n"
            + paragraph
            + "\n"
            + paragraph
            + "\nMehr zum Thema:\nEin Teaser, der nicht mehr zum Artikel gehört.";
    Article a = PARSER.parse("x.txt", raw);
    assertThat(a.text().split("\n\n")).hasSize(4).containsOnly(paragraph);
  }

  @Test
  void cutsMehrZumThemaFollowedByTrailerLineEvenEarly() {
    String raw = "Kurzer Absatz.\nMehr zum Thema:\n\nAnzeige\n" + "Langer Werbetext. ".repeat(50);
    assertThat(PARSER.parse("x.txt", raw).text()).isEqualTo("Kurzer Absatz.");
  }

  @Test
  void readsStandDateLineAndIsoDatePrefix() {
    Article a =
        PARSER.parse("x.txt", "Stand: 17.09.2015, 14:03 Uhr\nKerry und Lawrow telefonierten.");
    assertThat(a.published()).isEqualTo(PartialDate.day(LocalDate.of(2015, 9, 17)));
    assertThat(a.text()).isEqualTo("Kerry und Lawrow telefonierten.");
    Article b = PARSER.parse("y.txt", " date 2016-03-29 Kerry und Lawrow telefonierten.");
    assertThat(b.published()).isEqualTo(PartialDate.day(LocalDate.of(2016, 3, 29)));
    assertThat(b.text()).isEqualTo("Kerry und Lawrow telefonierten.");
  }

  @Test
  void readsBareDomainLineAsPublisher() {
    Article a = PARSER.parse("x.txt", "www.Spiegel.de\n\nDie Regierung tagt am Montag.");
    assertThat(a.publisher()).isEqualTo("spiegel.de");
    assertThat(a.url()).isNull();
  }

  @Test
  void normalisesLineBreaksAndWhiteSpaceInsideParagraphs() {
    Article a = PARSER.parse("x.txt", "Erster\u00a0 Absatz.\r\n\r\n\r\nZweiter\tAbsatz.  \r\n");
    assertThat(a.text()).isEqualTo("Erster Absatz.\n\nZweiter Absatz.");
  }

  @Test
  void survivesJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PARSER);
    }
    PlainTextArticleParser copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (PlainTextArticleParser) in.readObject();
    }
    String raw = Files.readString(Path.of("seeds", "003_232c46abd837d012.txt"));
    assertThat(copy.parse("a", raw)).isEqualTo(PARSER.parse("a", raw));
  }
}
