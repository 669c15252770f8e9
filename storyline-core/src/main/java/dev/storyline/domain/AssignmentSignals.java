package dev.storyline.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of the clusterer's decision for one article, rounded to 3 decimals; a part that does not apply is null.
 * An article that joined a story has {@code score}, {@code text}, {@code reuse} and {@code time}, plus
 * {@code embedding} unless in the lexical-only mode and {@code entities} when entity weighting is on, and
 * {@code crossLanguage} when at most half the story is in this one's language (the weighted cosine of
 * the names and numbers they share plus that of their words in English, the score being the better of it and
 * the lexical score). An article
 * that started a story has at most {@code bestLiveStoryScore} (the best live story, below the join threshold) and
 * {@code storylineLinkScore} (the storyline it was linked to).
 *
 * <p>In JSON (export, API, store, stream) it is the object of its non-null parts, in the order of the fields:
 * the shape the former {@code Map<String, Double>} had, so stored runs and golden files read the same.
 */
public record AssignmentSignals(Double score, Double text, Double embedding, Double entities, Double crossLanguage,
                                Double reuse, Double time, Double bestLiveStoryScore, Double storylineLinkScore) {
    public static final AssignmentSignals NONE = new AssignmentSignals(null, null, null, null, null, null, null, null, null);

    /** The signals of an article that joined a story; {@code embedding} and {@code entities} may be null. */
    public static AssignmentSignals joined(double score, double text, Double embedding, Double entities,
                                           double reuse, double time) {
        return joined(score, text, embedding, entities, null, reuse, time);
    }

    /** The same, with the cross-language score (null when the story holds only this article's language). */
    public static AssignmentSignals joined(double score, double text, Double embedding, Double entities,
                                           Double crossLanguage, double reuse, double time) {
        return new AssignmentSignals(score, text, embedding, entities, crossLanguage, reuse, time, null, null);
    }

    /** The signals of an article that started a story; either may be null. */
    public static AssignmentSignals newStory(Double bestLiveStoryScore, Double storylineLinkScore) {
        return new AssignmentSignals(null, null, null, null, null, null, null, bestLiveStoryScore, storylineLinkScore);
    }

    /** The non-null parts by name, in field order: the JSON shape. */
    @JsonValue
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "score", score);
        put(m, "text", text);
        put(m, "embedding", embedding);
        put(m, "entities", entities);
        put(m, "crossLanguage", crossLanguage);
        put(m, "reuse", reuse);
        put(m, "time", time);
        put(m, "bestLiveStoryScore", bestLiveStoryScore);
        put(m, "storylineLinkScore", storylineLinkScore);
        return Collections.unmodifiableMap(m);
    }

    /** From the JSON shape (runs stored before these signals were typed read the same); unknown names are ignored. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AssignmentSignals fromMap(Map<String, Double> m) {
        if (m == null) return NONE;
        return new AssignmentSignals(m.get("score"), m.get("text"), m.get("embedding"), m.get("entities"),
                m.get("crossLanguage"), m.get("reuse"), m.get("time"), m.get("bestLiveStoryScore"), m.get("storylineLinkScore"));
    }

    private static void put(Map<String, Double> m, String name, Double v) {
        if (v != null) m.put(name, v);
    }
}
