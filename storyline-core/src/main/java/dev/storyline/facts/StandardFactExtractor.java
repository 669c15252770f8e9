package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;

import java.util.List;

// PLACEHOLDER: replaced by entities, quantities, time expressions and attributions.
final class StandardFactExtractor implements FactExtractor {
    @Override
    public ArticleFacts extract(AnalyzedArticle article) {
        return new ArticleFacts(article.id(), List.of(), List.of(), List.of(), List.of());
    }
}
