package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.EntityMention;

import java.util.List;

/** Finds named entities (people, organisations, places, groups). Thread-safe, stateless. */
// PLACEHOLDER body: replaced by the real extractor.
public final class EntityRecognizer {
    public List<EntityMention> extract(AnalyzedArticle article) {
        return List.of();
    }
}
