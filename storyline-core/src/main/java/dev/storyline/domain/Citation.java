package dev.storyline.domain;

/**
 * Where a summary sentence comes from: an article's sentence that carries it or a paraphrase of it.
 *
 * @param articleId     the article
 * @param sentenceIndex its sentence
 * @param start         character offset in the article's cleaned text
 * @param end           offset after the sentence
 * @param similarity    similarity of the cited sentence to the summary sentence (1 for the selected sentence itself)
 */
public record Citation(String articleId, int sentenceIndex, int start, int end, double similarity) {}
