package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;

/** The four fact finders, run on one article. */
final class StandardFactExtractor implements FactExtractor {
    private final EntityRecognizer entities = new EntityRecognizer();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final TimeExpressionExtractor times = new TimeExpressionExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();

    @Override
    public ArticleFacts extract(AnalyzedArticle article) {
        return new ArticleFacts(article.id(), entities.extract(article), quantities.extract(article),
                times.extract(article), attributions.extract(article));
    }
}
