package dev.storyline.dedup;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Reuse;

import java.util.Collection;
import java.util.List;

/**
 * Online detection of copied text: each article is compared with the articles added before it.
 * Stateful: one instance per stream; not thread-safe.
 */
public interface ReuseDetector {
    /** Adds the article and returns what it shares with earlier articles, largest share first. */
    List<Reuse> add(AnalyzedArticle article);

    /** Drops these articles from the comparison index (their stories left memory); later articles are not compared with them. */
    default void forget(Collection<String> articleIds) {}

    static ReuseDetector create(DedupSettings settings) {
        return new ShingleReuseDetector(settings);
    }
}
