package dev.storyline.dedup;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Reuse;

import java.util.List;

// PLACEHOLDER: replaced by MinHash/LSH reuse detection.
final class ShingleReuseDetector implements ReuseDetector {
    ShingleReuseDetector(DedupSettings settings) {}

    @Override
    public List<Reuse> add(AnalyzedArticle article) {
        return List.of();
    }
}
