package io.sprecher.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words that open a surname ("von der Leyen", "de Maizière", "zu Guttenberg"), read from
 * name-particles.tsv. Named-entity taggers and parsers often leave them out of the name, and at the
 * start of a sentence the German parser takes "Von der Leyen" for a prepositional phrase.
 */
public final class NameParticles {

  private enum Kind {
    PARTICLE,
    PREPOSITION,
    ARTICLE
  }

  private static final Map<String, Kind> KINDS = load();

  private NameParticles() {}

  private static Map<String, Kind> load() {
    Map<String, Kind> kinds = new HashMap<>();
    for (String[] cols : ResourceLines.readColumns(NameParticles.class, "name-particles.tsv")) {
      kinds.put(cols[0], Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)));
    }
    return Map.copyOf(kinds);
  }

  /** True for any word that can open a surname, also the German prepositions "von" and "zu". */
  public static boolean opensName(String word) {
    Kind k = KINDS.get(word.toLowerCase(Locale.GERMAN));
    return k == Kind.PARTICLE || k == Kind.PREPOSITION;
  }

  /** True for a particle that is never a German preposition ("de", "van", "ten"). */
  public static boolean isForeignParticle(String word) {
    return KINDS.get(word.toLowerCase(Locale.GERMAN)) == Kind.PARTICLE;
  }

  /** True for an article inside a name after its particle ("der" in "von der Leyen"). */
  public static boolean isArticle(String word) {
    return KINDS.get(word.toLowerCase(Locale.GERMAN)) == Kind.ARTICLE;
  }
}
