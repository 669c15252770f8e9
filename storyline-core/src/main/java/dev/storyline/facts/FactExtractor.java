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
        return new StandardFactExtractor(new EntityRecognizer(), new AttributionExtractor()::extract);
    }

    /**
     * With a trained attribution model and a learned name tagger when the settings name them; fails naming the
     * file or the tagger if it cannot be had.
     */
    static FactExtractor standard(FactSettings settings) {
        EntityRecognizer entities = settings.entityModel() == null ? new EntityRecognizer()
                : new EntityRecognizer(NameTagger.find(settings.entityModel()).orElseThrow(() -> new IllegalArgumentException(
                        "entity model " + settings.entityModel() + " is not on the classpath: build with "
                                + "`./mvnw -Pcorenlp package` (the optional storyline-ner-corenlp module, GPL-3.0)")));
        if (settings.attributionModel() == null) return new StandardFactExtractor(entities, new AttributionExtractor()::extract);
        Path file = Path.of(settings.attributionModel());
        try {
            return new StandardFactExtractor(entities, AttributionTagger.load(file)::attributions);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("attribution model " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
