package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Attribution;

import java.util.List;

/** Finds attributions (source, cue, content) with their chains. Thread-safe, stateless. */
// PLACEHOLDER body: replaced by the real extractor.
public final class AttributionExtractor {
    public List<Attribution> extract(AnalyzedArticle article) {
        return List.of();
    }
}
