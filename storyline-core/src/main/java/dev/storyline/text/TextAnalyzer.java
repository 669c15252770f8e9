package dev.storyline.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;

/** Splits an article into sentences with offsets and analysed terms. Thread-safe, stateless. */
public interface TextAnalyzer {
    AnalyzedArticle analyze(Article article);

    /** OpenNLP sentences and Lucene English analysis. */
    static TextAnalyzer standard() {
        return new StandardTextAnalyzer();
    }
}
