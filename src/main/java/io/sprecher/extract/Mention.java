package io.sprecher.extract;

import java.io.Serializable;

/**
 * A row of the mentions table: a named entity CoreNLP found.
 *
 * @param articleId the article
 * @param sentenceIndex its sentence
 * @param text the words as written
 * @param type PERSON, LOCATION, ORGANIZATION or MISC
 * @param begin offset in the article body
 * @param end offset after it
 * @param canonical for persons, the fullest form of the name in the article; else null
 */
public record Mention(
    String articleId,
    int sentenceIndex,
    String text,
    String type,
    int begin,
    int end,
    String canonical)
    implements Serializable {}
