package dev.storyline.domain;

import java.util.List;

/**
 * One sentence of an article's cleaned text.
 *
 * @param articleId the article
 * @param index     position in the article, from 0
 * @param start     character offset of the first character in {@link Article#text()}
 * @param end       offset after the last character
 * @param text      the sentence text, equal to {@code article.text().substring(start, end)}
 * @param terms     analysed index terms (lower-cased, stemmed, stop words removed) for similarity
 */
public record Sentence(String articleId, int index, int start, int end, String text, List<String> terms) {
    public Sentence {
        terms = List.copyOf(terms);
    }
}
