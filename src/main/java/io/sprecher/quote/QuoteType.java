package io.sprecher.quote;

/** The kinds of statement Sprecher finds. */
public enum QuoteType {
  /**
   * Words in quotation marks: „Wir nehmen nichts für bare Münze“, stellte der Chefdiplomat klar.
   */
  DIRECT,
  /** Reported speech after a verb of saying: Hammond erklärte, die Lage werde komplizierter. */
  INDIRECT,
  /**
   * Indirect speech that contains a direct quote: ..., dann "werden wir sie ergreifen", sagte X.
   */
  MIXED,
  /**
   * Content attributed by a phrase or a verb with a noun object: Der Vorschlag kam Kerry zufolge.
   */
  REPORTED,
  /** A continuation in Konjunktiv with no verb of saying of its own: Es gebe ernsthafte Zweifel. */
  FREE_INDIRECT
}
