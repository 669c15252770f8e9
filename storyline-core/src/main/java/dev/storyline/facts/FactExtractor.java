package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;

/**
 * Finds entities, quantities, time expressions and attributions in one article.
 * Thread-safe, stateless; time expressions are resolved against the article's publication date.
 */
public interface FactExtractor {
    ArticleFacts extract(AnalyzedArticle article);

    static FactExtractor standard() {
        return new StandardFactExtractor();
    }
}
