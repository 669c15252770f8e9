package dev.storyline.summarize;

import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes a story's headline, one-sentence "what happened" and cited extractive summary. */
public interface Summarizer {
    Summary summarize(StoryMaterial story, List<Claim> claims);

    /** A topic-focused summary: what the story says about the query (a question or a topic statement). */
    Summary summarize(StoryMaterial story, List<Claim> claims, String query);

    /**
     * An update summary: what the story's articles published on or after {@code since} add, for a reader who saw
     * the story before then; nothing the earlier articles already said.
     */
    default Summary update(StoryMaterial story, List<Claim> claims, LocalDate since) {
        return update(story, claims, since, null);
    }

    /** {@link #update(StoryMaterial, List, LocalDate)} focused on a query, as {@link #summarize(StoryMaterial, List, String)} is. */
    default Summary update(StoryMaterial story, List<Claim> claims, LocalDate since, String query) {
        Set<String> read = new HashSet<>();
        for (var a : story.articles()) {
            LocalDate published = a.article().published();
            if (published == null || published.isBefore(since)) read.add(a.id());
        }
        return update(story, claims, read, query);
    }

    /**
     * An update summary for a reader who has read {@code readArticleIds} (DUC and TAC's update task: set B for a
     * reader of set A): drawn from the other articles only, without what the read ones already said, focused on
     * {@code query} when it is not null. Undated articles count as read in the date forms above.
     */
    Summary update(StoryMaterial story, List<Claim> claims, Set<String> readArticleIds, String query);

    static Summarizer standard(SummarySettings settings) {
        return new ExtractiveSummarizer(settings);
    }
}
