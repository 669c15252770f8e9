package dev.storyline.dedup;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Reuse;

import java.util.List;

/**
 * Online detection of copied text: each article is compared with the articles added before it.
 * Stateful: one instance per stream; not thread-safe.
 */
public interface ReuseDetector {
    /** Adds the article and returns what it shares with earlier articles, largest share first. */
    List<Reuse> add(AnalyzedArticle article);

    static ReuseDetector create(DedupSettings settings) {
        return new ShingleReuseDetector(settings);
    }
}
