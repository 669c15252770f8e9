package dev.storyline.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;

/** Splits an article into sentences with offsets and analysed terms. Thread-safe, stateless. */
public interface TextAnalyzer {
    /** The OpenNLP sentence model the standard analyzer uses, recorded in provenance. */
    String SENTENCE_MODEL = StandardTextAnalyzer.SENTENCE_MODEL;

    AnalyzedArticle analyze(Article article);

    /** OpenNLP sentences and Lucene English analysis. */
    static TextAnalyzer standard() {
        return new StandardTextAnalyzer();
    }
}
