package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Quantity;

import java.util.List;

/** Finds quantities, with what they count, approximation and change. Thread-safe, stateless. */
// PLACEHOLDER body: replaced by the real extractor.
public final class QuantityExtractor {
    public List<Quantity> extract(AnalyzedArticle article) {
        return List.of();
    }
}
