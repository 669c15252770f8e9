package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Attribution;

import java.util.List;
import java.util.function.Function;

/** The four fact finders, run on one article. */
final class StandardFactExtractor implements FactExtractor {
    private final EntityRecognizer entities;
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final TimeExpressionExtractor times = new TimeExpressionExtractor();
    private final Function<AnalyzedArticle, List<Attribution>> attributions;

    StandardFactExtractor(EntityRecognizer entities, Function<AnalyzedArticle, List<Attribution>> attributions) {
        this.entities = entities;
        this.attributions = attributions;
    }

    @Override
    public ArticleFacts extract(AnalyzedArticle article) {
        return new ArticleFacts(article.id(), entities.extract(article), quantities.extract(article),
                times.extract(article), attributions.apply(article));
    }
}
