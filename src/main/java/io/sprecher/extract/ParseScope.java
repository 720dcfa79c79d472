package io.sprecher.extract;

/**
 * Which sentences get a dependency parse: STATEMENTS, only those a statement can stand in
 * (quotation marks, verbs and nouns of saying, reporting phrases, subjunctive verbs; the default),
 * or ALL. Tokens, parts of speech and named entities are annotated in every sentence either way.
 */
public enum ParseScope {
  STATEMENTS,
  ALL
}
