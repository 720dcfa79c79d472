package io.sprecher.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.time.StatementDates.Dated;
import io.sprecher.time.StatementDates.Frame;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement dating on real sentences; frames are placed by the words they contain. */
class StatementDatesTest {

  private static final PartialDate THURSDAY = PartialDate.day(LocalDate.parse("2015-09-17"));

  private final StatementDates dates = new StatementDates();

  /**
   * A frame whose sentence (from its first words to the full stop after the content), content and
   * cue are found by their words in {@code text}.
   */
  private static Frame frame(
      String text,
      String sentenceStart,
      String content,
      String cue,
      String speaker,
      int continues) {
    int s = text.indexOf(sentenceStart);
    int c = text.indexOf(content, s);
    int stop = text.indexOf('.', c + content.length());
    return new Frame(
        s,
        stop < 0 ? text.length() : stop + 1,
        c,
        c + content.length(),
        cue == null ? -1 : text.indexOf(cue, s),
        speaker,
        continues);
  }

  @Test
  void frameWeekdayDatesTheStatementAndItsContinuation() {
    String text =
        "Im Gespräch seien Absprachen auf militärischer Ebene, sagte John Kerry am Mittwoch."
            + " Es gebe ernsthafte Zweifel.";
    List<Dated> d =
        dates.date(
            text,
            THURSDAY,
            List.of(
                frame(
                    text,
                    "Im Gespräch",
                    "Im Gespräch seien Absprachen auf militärischer Ebene",
                    "sagte",
                    "John Kerry",
                    -1),
                frame(text, "Es gebe", "Es gebe ernsthafte Zweifel", null, "John Kerry", 0)));
    assertThat(d)
        .extracting(x -> x.date().date().toString(), Dated::source, Dated::expression)
        .containsExactly(
            tuple("2015-09-16", DateSource.RELATIVE, "am Mittwoch"),
            tuple("2015-09-16", DateSource.INHERITED, "am Mittwoch"));
  }

  @Test
  void sameSpeakerLaterInheritsOtherSpeakerGetsPublication() {
    String text =
        "Kerry sagte am Mittwoch, man prüfe das. Earnest sagte, man begrüße das."
            + " Kerry stellte klar, man nehme nichts für bare Münze.";
    List<Dated> d =
        dates.date(
            text,
            THURSDAY,
            List.of(
                frame(text, "Kerry sagte am", "man prüfe das", "sagte", "John Kerry", -1),
                frame(text, "Earnest sagte", "man begrüße das", "sagte", "Josh Earnest", -1),
                frame(text, "Kerry stellte", "man nehme nichts", "stellte", "John Kerry", -1)));
    assertThat(d)
        .extracting(x -> x.date().date().toString(), Dated::source)
        .containsExactly(
            tuple("2015-09-16", DateSource.RELATIVE),
            tuple("2015-09-17", DateSource.PUBLICATION),
            tuple("2015-09-16", DateSource.INHERITED));
  }

  @Test
  void dateInsideTheReportedContentIsNotWhenItWasSaid() {
    String text = "Er sagte, am Dienstag habe er Lawrow getroffen.";
    List<Dated> d =
        dates.date(
            text,
            THURSDAY,
            List.of(
                frame(text, "Er sagte", "am Dienstag habe er Lawrow getroffen", "sagte", "X", -1)));
    assertThat(d).extracting(Dated::source).containsExactly(DateSource.PUBLICATION);
  }

  @Test
  void tagsZuvorCountsFromTheDayTheArticleNamedBefore() {
    String text =
        "Am Sonntag eroberten Truppen die Stadt. Tags zuvor hatte der Minister erklärt, man sei"
            + " bereit.";
    List<Dated> d =
        dates.date(
            text,
            PartialDate.day(LocalDate.parse("2016-03-29")),
            List.of(frame(text, "Tags zuvor", "man sei bereit", "erklärt", "Minister", -1)));
    assertThat(d)
        .extracting(x -> x.date().date().toString(), Dated::source)
        .containsExactly(tuple("2016-03-26", DateSource.RELATIVE));
  }

  @Test
  void explicitDateWithYearWorksWithoutPublicationDate() {
    String text = "Der Minister sagte am 9. September 2015, man sei bereit. Er sagte, es eile.";
    List<Dated> d =
        dates.date(
            text,
            PartialDate.UNKNOWN,
            List.of(
                frame(text, "Der Minister", "man sei bereit", "sagte", "Minister", -1),
                frame(text, "Er sagte", "es eile", "sagte", "Anderer", -1)));
    assertThat(d)
        .extracting(Dated::date, Dated::source)
        .containsExactly(
            tuple(PartialDate.day(LocalDate.parse("2015-09-09")), DateSource.EXPLICIT),
            tuple(PartialDate.UNKNOWN, DateSource.NONE));
  }

  @Test
  void weekdayWithoutPublicationDateLeavesTheStatementUndated() {
    String text = "Kerry sagte am Montag, man prüfe das.";
    List<Dated> d =
        dates.date(
            text,
            PartialDate.UNKNOWN,
            List.of(frame(text, "Kerry sagte", "man prüfe das", "sagte", "John Kerry", -1)));
    assertThat(d)
        .extracting(Dated::date, Dated::source)
        .containsExactly(tuple(PartialDate.UNKNOWN, DateSource.NONE));
  }

  @Test
  void weekdayAgainstAMonthKeepsTheMonth() {
    String text = "Sean Spicer sagte am Montag in Washington, man werde sie ergreifen.";
    List<Dated> d =
        dates.date(
            text,
            PartialDate.month(2017, 1),
            List.of(
                frame(text, "Sean Spicer", "man werde sie ergreifen", "sagte", "Sean Spicer", -1)));
    assertThat(d)
        .extracting(Dated::date, Dated::source)
        .containsExactly(tuple(PartialDate.month(2017, 1), DateSource.RELATIVE));
  }
}
