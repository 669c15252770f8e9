package dev.storyline.domain;

import java.time.LocalDate;

/**
 * Another story folded into this one: an arriving article could join both, and the two stories had become as
 * alike as an article must be to its story. Their articles are one list now; each keeps the {@link Assignment}
 * it got on arrival, which names the story it joined then.
 *
 * @param absorbedStoryId the story that ended in this one (the younger of the two)
 * @param score           how alike the two stories were, weighed as an article against a story is
 * @param on              the stream's date when they merged
 * @param articleId       the arriving article that could join both
 */
public record StoryMerge(String absorbedStoryId, double score, LocalDate on, String articleId) {}
