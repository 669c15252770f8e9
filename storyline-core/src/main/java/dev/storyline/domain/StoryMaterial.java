package dev.storyline.domain;

import java.util.List;

/**
 * Everything the per-story stages (corroborate, summarize, timeline) read about one story.
 *
 * @param storyId     the story
 * @param storylineId the storyline it belongs to
 * @param articles    member articles, analysed, in arrival order
 * @param facts       facts of each member article, in the same order
 * @param reuses      text reuse among the members
 * @param assignments why each member joined
 */
public record StoryMaterial(String storyId, String storylineId, List<AnalyzedArticle> articles, List<ArticleFacts> facts,
                            List<Reuse> reuses, List<Assignment> assignments) {
    public StoryMaterial {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
        reuses = List.copyOf(reuses);
        assignments = List.copyOf(assignments);
    }
}
