package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Reuse;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Online story assignment: each arriving article joins the best live story or starts one.
 * Stateful: one instance per stream; deterministic for the same input order; not thread-safe.
 */
public interface StoryClusterer {
    /** Assigns the article, given its reuse of earlier articles. */
    Assignment assign(AnalyzedArticle article, List<Reuse> reuses);

    /**
     * The part of assignment that depends on the article alone (an embedding of its lead, or null when not used).
     * Thread-safe, unlike assignment: callers may compute it for many articles at once, ahead of their turn.
     */
    default float[] embed(AnalyzedArticle article) {
        return null;
    }

    /** Assigns the article with its {@link #embed} result computed beforehand. */
    default Assignment assign(AnalyzedArticle article, List<Reuse> reuses, float[] embedding) {
        return assign(article, reuses);
    }

    /** Assigns the article with its {@link #embed} result and its named entities (from the fact stage). */
    default Assignment assign(AnalyzedArticle article, List<Reuse> reuses, float[] embedding,
                              List<dev.storyline.domain.EntityMention> entities) {
        return assign(article, reuses, embedding);
    }

    /** Current stories: story id to member article ids in arrival order, stories in creation order. */
    LinkedHashMap<String, List<String>> membership();

    /** Members of one story in arrival order, or null if there is no such story. Implementations should make this cheap. */
    default List<String> members(String storyId) {
        return membership().get(storyId);
    }

    /** The storyline a story belongs to (related stories over time share one); the story's own id if none. */
    default String storylineOf(String storyId) {
        return storyId;
    }

    /**
     * A story moved to another storyline after its arrival (a lone story adopted by the storyline it was closest
     * to): the record of a storyline merge, since the article's own {@code Assignment} predates it.
     */
    record Relink(String storyId, String fromStoryline, String toStoryline, double score, java.time.LocalDate on) {}

    /** The storyline merges so far of the stories in memory, in the order they happened. */
    default List<Relink> relinks() {
        return List.of();
    }

    /** The storyline merges of one story; implementations should make this cheap. */
    default List<Relink> relinksOf(String storyId) {
        return relinks().stream().filter(r -> r.storyId().equals(storyId)).toList();
    }

    /**
     * Two live stories became one: an arriving article could join both and their own representations had come
     * together. {@code absorbedStoryId}'s articles now belong to {@code storyId}, the older of the two.
     */
    record Merge(String storyId, String absorbedStoryId, double score, java.time.LocalDate on, String articleId) {}

    /** The stories merged into this one, in the order it happened; implementations should make this cheap. */
    default List<Merge> mergesOf(String storyId) {
        return List.of();
    }

    /** A story that left memory: its id, storyline and members. */
    record Retired(String storyId, String storylineId, List<String> members) {}

    /**
     * Takes the stories idle for more than {@code idleDays} before the latest article date out of memory: they
     * stop taking articles and storylines no longer link to them. Undated stories stay. For endless streams.
     */
    default List<Retired> retire(int idleDays) {
        return List.of();
    }

    static StoryClusterer create(ClusterSettings settings) {
        return new OnlineStoryClusterer(settings);
    }
}
