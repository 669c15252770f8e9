package dev.storyline.domain;

/**
 * Why an article joined its story: the online clusterer's decision, kept for explanation.
 *
 * @param articleId the article
 * @param storyId   the story it joined or started, or the older story that one was merged into on its arrival;
 *                  an assignment made earlier keeps the story of its day (see {@link Story#merges()})
 * @param newStory  true when it started the story
 * @param score     the combined score against the chosen story (0 for a new story)
 * @param signals   the score's parts (or, for a new story, the scores that fell short or linked it)
 */
public record Assignment(String articleId, String storyId, boolean newStory, double score, AssignmentSignals signals) {
    public Assignment {
        if (signals == null) signals = AssignmentSignals.NONE;
    }

    /**
     * The reason in one sentence, as the CLI and the web UI show it, for the article listed under story
     * {@code shownInStoryId} (which differs from {@link #storyId} when its story was merged in since).
     */
    public String why(String shownInStoryId) {
        return AssignmentExplanation.why(this, shownInStoryId);
    }
}
