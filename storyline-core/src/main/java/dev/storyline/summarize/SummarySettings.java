package dev.storyline.summarize;

import dev.storyline.settings.Ranges;

/**
 * @param maxSentences most sentences in a summary
 * @param maxWords     word budget (0 = none); Chinese and Japanese, written without spaces, count about a word per
 *                     1.7 characters
 * @param maxBytes     byte budget (0 = none)
 */
public record SummarySettings(int maxSentences, int maxWords, int maxBytes) {
    public static final SummarySettings DEFAULTS = new SummarySettings(5, 100, 665);

    public SummarySettings {
        Ranges.check("summary.maxSentences", maxSentences, 1, 100);
        Ranges.check("summary.maxWords", maxWords, 0, 10_000);
        Ranges.check("summary.maxBytes", maxBytes, 0, 100_000);
    }
}
