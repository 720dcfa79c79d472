package io.sprecher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sprecher.time.PartialDate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads gold (and prediction) files of the German Wikinews quotation data. */
public final class GoldReader {

  private static final Pattern NAME_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\s*$");

  private final ObjectMapper json = new ObjectMapper();

  public GoldDocument read(Path file) throws IOException {
    JsonNode root = json.readTree(file.toFile());
    String name = root.path("documentName").asText();
    List<GoldDocument.GoldToken> tokens = new ArrayList<>();
    for (JsonNode t : root.path("tokens")) {
      tokens.add(
          new GoldDocument.GoldToken(
              t.path("id").asInt(), t.path("charBegin").asInt(), t.path("charEnd").asInt()));
    }
    List<Annotation> annotations = new ArrayList<>();
    for (JsonNode a : root.path("annotations")) {
      annotations.add(annotation(a));
    }
    return new GoldDocument(
        name,
        file.getFileName().toString(),
        root.path("originalText").asText(),
        dateOf(name),
        tokens,
        annotations);
  }

  /** The publication date in a document name "id - title (yyyy-mm-dd)". */
  static PartialDate dateOf(String documentName) {
    Matcher m = NAME_DATE.matcher(documentName);
    if (!m.find()) {
      return PartialDate.UNKNOWN;
    }
    try {
      return PartialDate.day(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return PartialDate.UNKNOWN;
    }
  }

  private static Annotation annotation(JsonNode a) {
    return new Annotation(
        a.path("type").asText(null),
        a.path("medium").asText(null),
        a.path("isNested").asBoolean(false),
        ids(a.path("quote")),
        ids(a.path("speaker")),
        ids(a.path("cue")),
        ids(a.path("frame")),
        ids(a.path("addressee")));
  }

  private static List<Integer> ids(JsonNode role) {
    List<Integer> ids = new ArrayList<>();
    for (JsonNode id : role.path("tokenIds")) {
      ids.add(id.asInt());
    }
    return ids;
  }
}
