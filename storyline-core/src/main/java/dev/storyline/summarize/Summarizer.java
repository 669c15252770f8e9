package dev.storyline.summarize;

import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;

import java.time.LocalDate;
import java.util.List;

/** Writes a story's headline, one-sentence "what happened" and cited extractive summary. */
public interface Summarizer {
    Summary summarize(StoryMaterial story, List<Claim> claims);

    /** A topic-focused summary: what the story says about the query (a question or a topic statement). */
    Summary summarize(StoryMaterial story, List<Claim> claims, String query);

    /**
     * An update summary: what the story's articles published on or after {@code since} add, for a reader who saw
     * the story before then; nothing the earlier articles already said.
     */
    Summary update(StoryMaterial story, List<Claim> claims, LocalDate since);

    static Summarizer standard(SummarySettings settings) {
        return new ExtractiveSummarizer(settings);
    }
}
