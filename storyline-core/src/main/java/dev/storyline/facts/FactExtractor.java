package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds entities, quantities, time expressions and attributions in one article.
 * Thread-safe, stateless; time expressions are resolved against the article's publication date.
 */
public interface FactExtractor {
    ArticleFacts extract(AnalyzedArticle article);

    static FactExtractor standard() {
        return new StandardFactExtractor(new AttributionExtractor()::extract);
    }

    /** With a trained attribution model when the settings name one; fails naming the file if it cannot be read. */
    static FactExtractor standard(FactSettings settings) {
        if (settings.attributionModel() == null) return standard();
        Path file = Path.of(settings.attributionModel());
        try {
            return new StandardFactExtractor(AttributionTagger.load(file)::attributions);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("attribution model " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
