package dev.storyline.summarize;

import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;

import java.util.List;

/** Writes a story's headline, one-sentence "what happened" and cited extractive summary. */
public interface Summarizer {
    Summary summarize(StoryMaterial story, List<Claim> claims);

    static Summarizer standard(SummarySettings settings) {
        return new ExtractiveSummarizer(settings);
    }
}
