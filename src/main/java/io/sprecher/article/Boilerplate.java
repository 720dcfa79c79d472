package io.sprecher.article;

import io.sprecher.lexicon.ResourceLines;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Boilerplate lines of crawled pages, from the resource {@code boilerplate.tsv}. */
final class Boilerplate implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a boilerplate line does to the article. */
  enum Kind {
    /** The line is removed. */
    DROP,
    /** The article ends before this line once the body has begun. */
    TRAILER,
    /**
     * A "more on this" heading: the article ends before it when the next non-empty line is a
     * TRAILER line or when it stands after the first third of the text; otherwise it is removed.
     */
    TEASER
  }

  private record Rule(Kind kind, Pattern pattern) implements Serializable {}

  private final List<Rule> rules;

  private Boilerplate(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Loads the rules from {@code boilerplate.tsv}. */
  static Boilerplate load() {
    List<Rule> rules = new ArrayList<>();
    for (String line : ResourceLines.read(Boilerplate.class, "boilerplate.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("boilerplate.tsv: no TAB in line: " + line);
      }
      Kind kind = Kind.valueOf(line.substring(0, tab).strip().toUpperCase(Locale.ROOT));
      Pattern pattern =
          Pattern.compile(
              line.substring(tab + 1).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      rules.add(new Rule(kind, pattern));
    }
    return new Boilerplate(rules);
  }

  /** The kind of the first rule matching the whole (normalised) line, or null. */
  Kind classify(String line) {
    for (Rule rule : rules) {
      if (rule.pattern().matcher(line).matches()) {
        return rule.kind();
      }
    }
    return null;
  }
}
