package dev.storyline.cluster;

import dev.storyline.domain.PublicationDate;
import dev.storyline.text.SentenceEmbedder;
import dev.storyline.text.SparseVectors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a story or a storyline is made of, as articles are scored against it: its members, the sums of their
 * term and entity vectors (kept to the strongest entries so a long story stays small), the sum of their
 * embeddings and the latest date. Centroids are derived on demand and cached until the sums change.
 */
final class Profile {
    static final int STORY_TERMS = 150;
    static final int STORY_ENTITIES = 60;

    final List<String> members = new ArrayList<>();
    private Map<String, Double> termSums = new HashMap<>();
    private Map<String, Double> entitySums = new HashMap<>();
    private float[] embeddingSum;
    private LocalDate lastDate;
    /** The span of the members' event dates: when the event happened (null while no member has one). */
    private LocalDate eventFrom;
    private LocalDate eventTo;
    private Map<String, Double> centroid;
    private Map<String, Double> entityCentroid;

    /** Adds one article: a member, its vectors to the sums. */
    void add(String articleId, Features features, LocalDate date) {
        members.add(articleId);
        if (date != null && (lastDate == null || date.isAfter(lastDate))) lastDate = date;
        PublicationDate when = features.when();
        if (when != null) widen(when.date(), when.precision().last(when.date()));
        features.terms().forEach((t, w) -> termSums.merge(t, w, Double::sum));
        if (termSums.size() > STORY_TERMS * 2) termSums = SparseVectors.top(termSums, STORY_TERMS);
        centroid = null;
        features.entities().forEach((t, w) -> entitySums.merge(t, w, Double::sum));
        if (entitySums.size() > STORY_ENTITIES * 2) entitySums = SparseVectors.top(entitySums, STORY_ENTITIES);
        entityCentroid = null;
        addEmbedding(features.embedding());
    }

    /** Adds the sums of another profile (not its members: the caller orders those). */
    void addSums(Profile from) {
        from.termSums.forEach((t, w) -> termSums.merge(t, w, Double::sum));
        if (termSums.size() > STORY_TERMS * 2) termSums = SparseVectors.top(termSums, STORY_TERMS);
        from.entitySums.forEach((t, w) -> entitySums.merge(t, w, Double::sum));
        if (entitySums.size() > STORY_ENTITIES * 2) entitySums = SparseVectors.top(entitySums, STORY_ENTITIES);
        addEmbedding(from.embeddingSum);
        if (from.lastDate != null && (lastDate == null || from.lastDate.isAfter(lastDate))) lastDate = from.lastDate;
        if (from.eventFrom != null) widen(from.eventFrom, from.eventTo);
        centroid = null;
        entityCentroid = null;
    }

    private void addEmbedding(float[] embedding) {
        if (embedding == null) return;
        if (embeddingSum == null) embeddingSum = embedding.clone();
        else for (int i = 0; i < embedding.length; i++) embeddingSum[i] += embedding[i];
    }

    Map<String, Double> centroid() {
        if (centroid == null) centroid = SparseVectors.unit(SparseVectors.top(termSums, STORY_TERMS));
        return centroid;
    }

    Map<String, Double> entityCentroid() {
        if (entityCentroid == null) entityCentroid = SparseVectors.unit(SparseVectors.top(entitySums, STORY_ENTITIES));
        return entityCentroid;
    }

    boolean hasEmbedding() {
        return embeddingSum != null;
    }

    /** The mean direction of the members' embeddings (unit length); null without embeddings. */
    float[] meanEmbedding() {
        return embeddingSum == null ? null : normalised(embeddingSum);
    }

    private void widen(LocalDate from, LocalDate to) {
        if (eventFrom == null || from.isBefore(eventFrom)) eventFrom = from;
        if (eventTo == null || to.isAfter(eventTo)) eventTo = to;
    }

    /** Days between this profile's event span and [from, to]: 0 when they overlap; -1 when either is undated. */
    long eventGap(LocalDate from, LocalDate to) {
        if (eventFrom == null || from == null) return -1;
        return Math.max(0, Math.max(ChronoUnit.DAYS.between(eventTo, from), ChronoUnit.DAYS.between(to, eventFrom)));
    }

    /** Days between two profiles' event spans; -1 when either is undated. */
    long eventGap(Profile other) {
        return other.eventFrom == null ? -1 : eventGap(other.eventFrom, other.eventTo);
    }

    /** Null when no member had a trusted date. */
    LocalDate lastDate() {
        return lastDate;
    }

    private static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }

    /** Cosine of the embeddings clipped at 0; -1 when either side has none (the lexical-only mode). */
    static double embeddingCosine(Profile a, Profile b) {
        return a.embeddingSum == null || b.embeddingSum == null ? -1
                : Math.max(0, SentenceEmbedder.cosine(a.meanEmbedding(), b.meanEmbedding()));
    }
}
