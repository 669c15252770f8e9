package dev.storyline.domain;

import java.util.Map;

/**
 * Why an article joined its story: the online clusterer's decision, kept for explanation.
 *
 * @param articleId the article
 * @param storyId   the story it joined or started, or the older story that one was merged into on its arrival;
 *                  an assignment made earlier keeps the story of its day (see {@link Story#merges()})
 * @param newStory  true when it started the story
 * @param score     the combined score against the chosen story (0 for a new story)
 * @param signals   the score's parts by signal name, in a stable order
 */
public record Assignment(String articleId, String storyId, boolean newStory, double score, Map<String, Double> signals) {}
