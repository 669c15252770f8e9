package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.TimeExpression;

import java.util.List;

/** Finds time expressions, normalised TIMEX3-style against the publication date. Thread-safe, stateless. */
// PLACEHOLDER body: replaced by the real extractor.
public final class TimeExpressionExtractor {
    public List<TimeExpression> extract(AnalyzedArticle article) {
        return List.of();
    }
}
