package io.sprecher.spark;

import io.sprecher.article.Article;
import io.sprecher.article.Reject;
import io.sprecher.extract.ArticleResult;
import io.sprecher.extract.Mention;
import io.sprecher.extract.Statement;
import io.sprecher.time.PartialDate;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables: their explicit Spark schemas and the mapping of Sprecher's records to rows.
 * Every row carries the id of the run that wrote it and the pipeline version. Statements, articles
 * and mentions have a {@code month} column ("2015-09", or "unknown" for rows with no date); each
 * batch is sorted by it, so that Parquet row-group statistics let readers skip other months. The
 * README documents each column.
 */
final class Tables {

  static final String MONTH = "month";
  static final String UNKNOWN_MONTH = "unknown";

  static final StructType STATEMENTS =
      schema(
          str("statement_id", false),
          str("article_id", false),
          str("speaker", true),
          str("speaker_type", false),
          str("speaker_mention", true),
          str("speaker_role", true),
          str("via", true),
          str("cue", true),
          str("medium", false),
          str("quote_type", false),
          str("quote_text", false),
          integer("quote_begin"),
          integer("quote_end"),
          integer("sentence_index"),
          date("statement_date"),
          str("date_precision", false),
          str("date_source", false),
          str("date_text", true),
          date("published_date"),
          str("source_file", false),
          str("run_id", false),
          str("pipeline_version", false),
          str(MONTH, false));

  static final StructType ARTICLES =
      schema(
          str("article_id", false),
          str("source_file", false),
          str("title", true),
          str("publisher", true),
          str("agency", true),
          str("url", true),
          str("dateline", true),
          date("published_date"),
          str("date_precision", false),
          str("text", false),
          integer("n_sentences"),
          integer("n_tokens"),
          integer("n_parsed_sentences"),
          integer("n_statements"),
          str("source_encoding", false),
          integer("unparsed_chars"),
          str("run_id", false),
          str("pipeline_version", false),
          str(MONTH, false));

  static final StructType MENTIONS =
      schema(
          str("article_id", false),
          integer("sentence_index"),
          str("text", false),
          str("entity_type", false),
          integer("begin"),
          integer("end"),
          str("canonical", true),
          str("run_id", false),
          str("pipeline_version", false),
          str(MONTH, false));

  static final StructType REJECTS =
      schema(
          str("source_file", false),
          str("reason", false),
          str("detail", true),
          bigint("size"),
          str("run_id", false),
          str("pipeline_version", false));

  static final StructType FILES =
      schema(
          str("source_file", false),
          bigint("size"),
          timestamp("modified", false),
          str("run_id", false),
          str("pipeline_version", false));

  static final StructType RUNS =
      schema(
          str("run_id", false),
          str("pipeline_version", true),
          str("mode", true),
          str("status", false),
          str("input", true),
          timestamp("started", true),
          timestamp("ended", true),
          bigint("files_seen"),
          bigint("files_unchanged"),
          bigint("articles_processed"),
          bigint("articles_duplicate"),
          bigint("rejected"),
          bigint("statements"),
          bigint("mentions"));

  private Tables() {}

  static Row statement(Statement s, RunStamp run) {
    return RowFactory.create(
        s.id(),
        s.articleId(),
        s.speaker(),
        s.speakerType().name(),
        s.speakerMention(),
        s.speakerRole(),
        s.via(),
        s.cue(),
        s.medium(),
        s.type().name(),
        s.text(),
        s.begin(),
        s.end(),
        s.sentenceIndex(),
        sqlDate(s.date()),
        s.date().precision().name(),
        s.dateSource().name(),
        s.dateText(),
        sqlDate(s.published()),
        s.sourceFile(),
        run.runId(),
        run.version(),
        month(s.date()));
  }

  static Row article(ArticleResult r, RunStamp run) {
    Article a = r.article();
    return RowFactory.create(
        a.id(),
        a.sourceFile(),
        a.title(),
        a.publisher(),
        a.agency(),
        a.url(),
        a.dateline(),
        sqlDate(a.published()),
        a.published().precision().name(),
        a.text(),
        r.sentences(),
        r.tokens(),
        r.parsedSentences(),
        r.statements().size(),
        a.sourceEncoding(),
        r.unparsedChars(),
        run.runId(),
        run.version(),
        month(a.published()));
  }

  static Row mention(Mention m, PartialDate published, RunStamp run) {
    return RowFactory.create(
        m.articleId(),
        m.sentenceIndex(),
        m.text(),
        m.type(),
        m.begin(),
        m.end(),
        m.canonical(),
        run.runId(),
        run.version(),
        month(published));
  }

  static Row reject(Reject r, RunStamp run) {
    return RowFactory.create(
        r.sourceFile(), r.reason(), r.detail(), r.size(), run.runId(), run.version());
  }

  static Row file(InputFile f, RunStamp run) {
    return RowFactory.create(
        f.path(), f.size(), new Timestamp(f.modified()), run.runId(), run.version());
  }

  static Row run(RunRecord r) {
    return RowFactory.create(
        r.runId(),
        r.version(),
        r.mode(),
        r.status(),
        r.input(),
        r.started() == null ? null : Timestamp.from(r.started()),
        r.ended() == null ? null : Timestamp.from(r.ended()),
        r.filesSeen(),
        r.filesUnchanged(),
        r.articles(),
        r.duplicates(),
        r.rejected(),
        r.statements(),
        r.mentions());
  }

  static String month(PartialDate d) {
    return switch (d.precision()) {
      case DAY, WEEK, MONTH -> d.date().toString().substring(0, 7);
      case YEAR, NONE -> UNKNOWN_MONTH;
    };
  }

  private static Date sqlDate(PartialDate d) {
    return d.isKnown() ? Date.valueOf(d.date()) : null;
  }

  private static StructType schema(StructField... fields) {
    return new StructType(List.of(fields).toArray(StructField[]::new));
  }

  private static StructField str(String name, boolean nullable) {
    return new StructField(name, DataTypes.StringType, nullable, Metadata.empty());
  }

  private static StructField integer(String name) {
    return new StructField(name, DataTypes.IntegerType, false, Metadata.empty());
  }

  private static StructField bigint(String name) {
    return new StructField(name, DataTypes.LongType, false, Metadata.empty());
  }

  private static StructField timestamp(String name, boolean nullable) {
    return new StructField(name, DataTypes.TimestampType, nullable, Metadata.empty());
  }

  private static StructField date(String name) {
    return new StructField(name, DataTypes.DateType, true, Metadata.empty());
  }
}
