package io.sprecher.quote;

import io.sprecher.nlp.ParseSelector;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.BitSet;
import java.util.List;

/**
 * The sentences a statement can stand in, chosen before parsing so that only they get the costly
 * dependency parse: a sentence with a quotation mark, a form of a verb of saying, a noun of saying
 * before a comma, a reporting phrase ("laut", "zufolge", "nach Angaben"), or a verb in Konjunktiv I
 * or II (indirect speech and its continuations). The tests are the quotation finder's own, run on
 * tokens and parts of speech only, so they choose a superset of what the finder can use.
 */
public final class StatementSentences implements ParseSelector {

  private final SpeechVerbLexicon verbs;
  private final SpeechNouns nouns;
  private final ReportingPhrases phrases;
  private final MoodRecognizer mood;

  public StatementSentences() {
    this(new SpeechVerbLexicon(), new SpeechNouns(), new ReportingPhrases(), new MoodRecognizer());
  }

  StatementSentences(
      SpeechVerbLexicon verbs, SpeechNouns nouns, ReportingPhrases phrases, MoodRecognizer mood) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.phrases = phrases;
    this.mood = mood;
  }

  @Override
  public BitSet select(List<Sentence> sentences) {
    BitSet chosen = new BitSet(sentences.size());
    for (Sentence s : sentences) {
      if (mayHoldStatement(s)) {
        chosen.set(s.index());
      }
    }
    return chosen;
  }

  /** True when the (unparsed) sentence may hold a statement or part of one. */
  public boolean mayHoldStatement(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.isQuotationMark() || verbs.mayBeCue(t) || nouns.cueAt(s, i).isPresent()) {
        return true;
      }
    }
    return mood.anySubjunctive(s, 0, s.size() - 1) || phrases.find(s, 0) != null;
  }
}
