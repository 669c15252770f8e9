package dev.storyline.dedup;

import dev.storyline.settings.Ranges;

/**
 * @param shingleSize        words per shingle
 * @param sentenceSimilarity Jaccard similarity of two sentences' shingles above which one copies the other
 */
public record DedupSettings(int shingleSize, double sentenceSimilarity) {
    public static final DedupSettings DEFAULTS = new DedupSettings(3, 0.5);

    public DedupSettings {
        Ranges.check("dedup.shingleSize", shingleSize, 1, 10);
        Ranges.check("dedup.sentenceSimilarity", sentenceSimilarity, 0.0, 1.0);
    }
}
