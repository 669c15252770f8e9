package dev.storyline.domain;

import java.time.LocalDate;

/**
 * A story that moved to another storyline after it began: a lone story adopted by the storyline it was closest
 * to when no later article followed it. The record of a storyline merge, since the story's own
 * {@link Assignment}s predate it.
 *
 * @param fromStoryline the storyline it started (its own)
 * @param toStoryline   the storyline it joined
 * @param score         its storyline score against the one it joined, on arrival
 * @param on            the stream's date when the move was made
 */
public record StorylineMove(String fromStoryline, String toStoryline, double score, LocalDate on) {}
