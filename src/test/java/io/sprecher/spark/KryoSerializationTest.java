package io.sprecher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.article.Article;
import io.sprecher.article.ParsedInput;
import io.sprecher.article.PlainTextArticleParser;
import io.sprecher.article.Reject;
import io.sprecher.article.RejectReason;
import io.sprecher.extract.ArticleOutcome;
import io.sprecher.extract.ArticleProcessor;
import io.sprecher.extract.ArticleResult;
import io.sprecher.testing.German;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/** The records the job shuffles, caches and ships survive Spark's Kryo serializer unchanged. */
class KryoSerializationTest {

  private final SerializerInstance kryo =
      new KryoSerializer(
              new SparkConf()
                  .set("spark.kryo.registrator", SprecherKryoRegistrator.class.getName())
                  .set("spark.kryo.registrationRequired", "false"))
          .newInstance();

  @SuppressWarnings("unchecked")
  private <T> T roundTrip(T value) {
    var tag = ClassTag$.MODULE$.<T>apply(Object.class);
    return (T) kryo.deserialize(kryo.serialize(value, tag), tag);
  }

  @Test
  void roundTripsAnArticleWithStatementsAndMentionsFromARealSeed() throws Exception {
    Article article =
        new PlainTextArticleParser()
            .parse(
                "001_135e26ff78ab9609.txt",
                Files.readString(
                    Path.of("seeds/001_135e26ff78ab9609.txt"), StandardCharsets.UTF_8));
    ArticleResult result = new ArticleProcessor(German.annotator()).process(article);
    assertThat(result.statements()).isNotEmpty();
    assertThat(result.mentions()).isNotEmpty();

    ArticleOutcome outcome = roundTrip(new ArticleOutcome(result, null));
    assertThat(outcome).isEqualTo(new ArticleOutcome(result, null));
    assertThat(outcome.result().statements()).isEqualTo(result.statements());
    assertThat(roundTrip(ParsedInput.of(article))).isEqualTo(ParsedInput.of(article));
  }

  @Test
  void roundTripsRejectsAndListedFiles() {
    Reject reject = new Reject("in/a.jsonl:2", RejectReason.BAD_JSON, "unparseable JSON", 31);
    assertThat(roundTrip(ParsedInput.rejected(reject))).isEqualTo(ParsedInput.rejected(reject));
    InputFile file = new InputFile("hdfs://nn:8020/landing/a.txt", 2113, 1_764_000_000_000L);
    assertThat(roundTrip(file)).isEqualTo(file);
  }

  @Test
  void rebuildsImmutableCollectionsAsUnmodifiableCopies() {
    List<String> list = List.of("Kerry", "Lawrow", "Putin");
    assertThat(roundTrip(list)).isEqualTo(list);
    assertThat(roundTrip(List.of("Kerry"))).isEqualTo(List.of("Kerry"));
    assertThat(roundTrip(List.of())).isEqualTo(List.of());
    assertThat(roundTrip(Set.of("a", "b", "c"))).isEqualTo(Set.of("a", "b", "c"));
    assertThat(roundTrip(Set.of("a"))).isEqualTo(Set.of("a"));
    assertThat(roundTrip(Map.of("Kerry", 9))).isEqualTo(Map.of("Kerry", 9));
  }
}
