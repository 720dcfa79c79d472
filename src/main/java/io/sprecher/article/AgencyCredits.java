package io.sprecher.article;

import io.sprecher.lexicon.ResourceLines;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News-agency credits ("AFP", "dpa/tan", "sda/afp"): a known agency (resource {@code
 * agencies.txt}), then optionally "/" and further agencies or short lowercase initials.
 */
final class AgencyCredits implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String creditRegex;
  private final Pattern credit;
  private final Pattern creditLine;
  private final Pattern trailingCredit;

  private AgencyCredits(List<String> agencies) {
    List<String> names = new ArrayList<>(agencies);
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder alternation = new StringBuilder();
    for (String name : names) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    String agency = "(?<![\\p{L}\\p{N}])(?iu:" + alternation + ")(?![\\p{L}\\p{N}])";
    this.creditRegex = agency + "(?:\\s?/\\s?(?:" + agency + "|\\p{Ll}{1,4}(?![\\p{L}\\p{N}])))*";
    this.credit = Pattern.compile(creditRegex);
    this.creditLine = Pattern.compile("\\((?<p>" + creditRegex + ")\\)|(?<b>" + creditRegex + ")");
    // "... eingeschlossen. (sda/afp)": a parenthesised credit after the end of the last sentence
    this.trailingCredit =
        Pattern.compile("(?<=[.!?…\"“”»«'’])\\s*\\((?<c>" + creditRegex + ")\\)\\s*$");
  }

  /** Loads the agency names from {@code agencies.txt}. */
  static AgencyCredits load() {
    return new AgencyCredits(ResourceLines.read(AgencyCredits.class, "agencies.txt"));
  }

  /** The regular expression of a credit, to embed in other patterns (no capturing groups). */
  String regex() {
    return creditRegex;
  }

  /** Whether {@code s} is exactly a credit. */
  boolean isCredit(String s) {
    return s != null && credit.matcher(s).matches();
  }

  /** The credit when the whole line is a credit, bare or in parentheses ("(dpa)"). */
  Optional<String> creditLine(String line) {
    Matcher m = creditLine.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group("p") != null ? m.group("p") : m.group("b"));
  }

  /**
   * A parenthesised credit ending a paragraph after its last sentence: the credit and its start.
   */
  Optional<Trailing> trailingCredit(String paragraph) {
    Matcher m = trailingCredit.matcher(paragraph);
    return m.find() ? Optional.of(new Trailing(m.group("c"), m.start())) : Optional.empty();
  }

  /**
   * A credit at the end of a paragraph; the paragraph without it is {@code substring(0, start)}.
   */
  record Trailing(String credit, int start) {}
}
