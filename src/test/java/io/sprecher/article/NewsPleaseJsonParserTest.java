package io.sprecher.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprecher.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsPleaseJsonParserTest {

  private static final NewsPleaseJsonParser PARSER = new NewsPleaseJsonParser();

  private static final String RECORD =
      "{\"authors\": [\"Hans Müller\"], \"date_download\": \"2015-09-18 08:00:00\","
          + " \"date_modify\": null, \"date_publish\": \"2015-09-17 14:03:00\","
          + " \"description\": \"Kerry und Lawrow telefonieren erneut.\","
          + " \"filename\": \"x.json\", \"image_url\": null, \"language\": \"de\","
          + " \"localpath\": null,"
          + " \"maintext\": \"USA und Russland erwägen Absprachen\\n"
          + "Mehr zum Thema:\\n"
          + "Washington (dpa) - Die USA und Russland erwägen ein gemeinsames Vorgehen gegen den IS."
          + " „Wir nehmen nichts für bare Münze“, sagte Kerry.\\n"
          + "Lawrow betonte die Notwendigkeit einer Einheitsfront (Link: http://www.welt.de/1) .\\n"
          + "\\n"
          + "Kerry reist am Sonntag nach Berlin. (dpa/tan)\\n"
          + "Anzeige\\nDWN\\nPolitik Etwas anderes\","
          + " \"source_domain\": \"www.welt.de\","
          + " \"title\": \"USA und  Russland erwägen Absprachen\","
          + " \"title_page\": null, \"title_rss\": null,"
          + " \"url\": \"https://www.welt.de/politik/article146502506.html\"}";

  @Test
  void readsFieldsAndCleansMaintextLikePlainText() {
    Article a = PARSER.parse("news.jsonl:1", RECORD);
    assertThat(a.sourceFile()).isEqualTo("news.jsonl:1");
    assertThat(a.title()).isEqualTo("USA und Russland erwägen Absprachen");
    assertThat(a.publisher()).isEqualTo("welt.de");
    assertThat(a.url()).isEqualTo("https://www.welt.de/politik/article146502506.html");
    assertThat(a.published()).isEqualTo(PartialDate.day(LocalDate.of(2015, 9, 17)));
    assertThat(a.dateline()).isEqualTo("Washington");
    assertThat(a.agency()).isEqualTo("dpa/tan");
    assertThat(a.text())
        .isEqualTo(
            "Die USA und Russland erwägen ein gemeinsames Vorgehen gegen den IS."
                + " „Wir nehmen nichts für bare Münze“, sagte Kerry.\n\n"
                + "Lawrow betonte die Notwendigkeit einer Einheitsfront.\n\n"
                + "Kerry reist am Sonntag nach Berlin.");
    assertThat(a.id()).isEqualTo(ArticleId.of(a.title(), a.text()));
  }

  @Test
  void sameRecordGivesSameArticle() {
    assertThat(new NewsPleaseJsonParser(new PlainTextArticleParser()).parse("a", RECORD))
        .isEqualTo(PARSER.parse("a", RECORD));
  }

  @Test
  void readsIsoTimestampWithOffset() {
    Article a =
        PARSER.parse(
            "f:2",
            "{\"title\": \"Syrien will Allianz\", \"maintext\": \"Damaskus zeigt sich offen.\","
                + " \"date_publish\": \"2016-03-29T00:33:00+02:00\"}");
    assertThat(a.published()).isEqualTo(PartialDate.day(LocalDate.of(2016, 3, 29)));
  }

  @Test
  void nullOrMissingFieldsGiveUnknownDateAndNulls() {
    Article a =
        PARSER.parse(
            "f:3",
            "{\"title\": null, \"maintext\": \"Damaskus zeigt sich offen.\", \"date_publish\": null,"
                + " \"url\": \"\"}");
    assertThat(a.published()).isEqualTo(PartialDate.UNKNOWN);
    assertThat(a.title()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.publisher()).isNull();
    assertThat(a.agency()).isNull();
    assertThat(a.dateline()).isNull();
    assertThat(a.text()).isEqualTo("Damaskus zeigt sich offen.");
    assertThat(a.id()).isEqualTo(ArticleId.of(null, "Damaskus zeigt sich offen."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\": \"Kerry in Moskau\", \"maintext\": \"Kerry sagte",
        "{\"title\": \"Kerry in Moskau\" \"maintext\": \"Kerry sagte etwas.\"}",
        "nicht einmal JSON",
        "[\"Kerry sagte etwas.\"]",
        "\"Kerry sagte etwas.\"",
        "{\"maintext\": \"Kerry sagte etwas.\"} {\"maintext\": \"Lawrow auch.\"}",
        "",
        "   "
      })
  void throwsBadJsonForBrokenRecords(String line) {
    assertThatThrownBy(() -> PARSER.parse("f:4", line))
        .isInstanceOfSatisfying(
            ArticleFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.BAD_JSON));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\": \"Kerry in Moskau\"}",
        "{\"title\": \"Kerry in Moskau\", \"maintext\": null}",
        "{\"title\": \"Kerry in Moskau\", \"maintext\": \" \\n\\u00a0 \"}",
        "{\"title\": \"Kerry in Moskau\", \"maintext\": 42}"
      })
  void throwsNoTextWithoutMaintext(String line) {
    assertThatThrownBy(() -> PARSER.parse("f:5", line))
        .isInstanceOfSatisfying(
            ArticleFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.NO_TEXT));
  }

  @Test
  void throwsEmptyWhenMaintextIsOnlyBoilerplate() {
    assertThatThrownBy(
            () -> PARSER.parse("f:6", "{\"maintext\": \"Lesezeit: 2 min\\nMehr zum Thema:\"}"))
        .isInstanceOfSatisfying(
            ArticleFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY));
  }
}
