package dev.storyline.cluster;

import dev.storyline.domain.PublicationDate;
import dev.storyline.text.Languages;
import dev.storyline.text.SentenceEmbedder;
import dev.storyline.text.SparseVectors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a story or a storyline is made of, as articles are scored against it: its members, the sums of their
 * term and entity vectors (kept to the strongest entries so a long story stays small), the sum of their
 * embeddings and the latest date. Centroids are derived on demand and cached until the sums change.
 */
final class Profile {
    static final int STORY_TERMS = 150;
    static final int STORY_ENTITIES = 60;
    static final int STORY_ANCHORS = 80;

    final List<String> members = new ArrayList<>();
    private Map<String, Double> termSums = new HashMap<>();
    private Map<String, Double> entitySums = new HashMap<>();
    private Map<String, Double> anchorSums = new HashMap<>();
    /**
     * The sums of the members' words in English (their own, or glossed), by the language the members are written
     * in: a French report is compared with the other languages' members only, or two French reports would be
     * compared by their own words through the dictionary, at the weight meant for words across languages.
     */
    private final Map<String, Map<String, Double>> englishSums = new TreeMap<>();
    private final Map<String, Map<String, Double>> englishCentroidWithout = new HashMap<>();
    /** Members by the language they are written in (only identified ones). */
    private final Map<String, Integer> languages = new TreeMap<>();
    /**
     * The term sums of the members of each identified language, once a story has members in two: a French report
     * is compared with the story's French members' words, an English one with its English members' words, so a
     * Spanish report that joined does not dilute what an English follow-up is compared with. Empty while the story
     * is in one language (the overall sums are then the same).
     */
    private final Map<String, Map<String, Double>> termSumsByLanguage = new TreeMap<>();
    private final Map<String, Map<String, Double>> centroidByLanguage = new HashMap<>();
    /** Kept until the story has a second language, so the first language's sums can start from them. */
    private String onlyLanguage;
    private float[] embeddingSum;
    /** The embedding sums of each identified language's members: MiniLM reads English, so it compares like with like. */
    private final Map<String, float[]> embeddingSumByLanguage = new TreeMap<>();
    private LocalDate lastDate;
    /** The span of the members' event dates: when the event happened (null while no member has one). */
    private LocalDate eventFrom;
    private LocalDate eventTo;
    private Map<String, Double> centroid;
    private Map<String, Double> entityCentroid;
    private Map<String, Double> anchorCentroid;

    /** Adds one article: a member, its vectors to the sums. */
    void add(String articleId, Features features, LocalDate date) {
        members.add(articleId);
        if (date != null && (lastDate == null || date.isAfter(lastDate))) lastDate = date;
        PublicationDate when = features.when();
        if (when != null) widen(when.date(), when.precision().last(when.date()));
        features.terms().forEach((t, w) -> termSums.merge(t, w, Double::sum));
        if (termSums.size() > STORY_TERMS * 2) termSums = SparseVectors.top(termSums, STORY_TERMS);
        centroid = null;
        addLanguageTerms(features.language(), features.terms());
        features.entities().forEach((t, w) -> entitySums.merge(t, w, Double::sum));
        if (entitySums.size() > STORY_ENTITIES * 2) entitySums = SparseVectors.top(entitySums, STORY_ENTITIES);
        entityCentroid = null;
        features.anchors().forEach((t, w) -> anchorSums.merge(t, w, Double::sum));
        if (anchorSums.size() > STORY_ANCHORS * 2) anchorSums = SparseVectors.top(anchorSums, STORY_ANCHORS);
        anchorCentroid = null;
        addEnglish(features.language(), features.english());
        if (Languages.known(features.language())) languages.merge(features.language(), 1, Integer::sum);
        addEmbedding(features.embedding());
        if (features.embedding() != null && Languages.known(features.language())) {
            add(embeddingSumByLanguage.computeIfAbsent(features.language(), k -> new float[features.embedding().length]),
                    features.embedding());
        }
    }

    /** Adds the sums of another profile (not its members: the caller orders those). */
    void addSums(Profile from) {
        from.termSums.forEach((t, w) -> termSums.merge(t, w, Double::sum));
        if (termSums.size() > STORY_TERMS * 2) termSums = SparseVectors.top(termSums, STORY_TERMS);
        from.entitySums.forEach((t, w) -> entitySums.merge(t, w, Double::sum));
        if (entitySums.size() > STORY_ENTITIES * 2) entitySums = SparseVectors.top(entitySums, STORY_ENTITIES);
        from.anchorSums.forEach((t, w) -> anchorSums.merge(t, w, Double::sum));
        if (anchorSums.size() > STORY_ANCHORS * 2) anchorSums = SparseVectors.top(anchorSums, STORY_ANCHORS);
        from.englishSums.forEach(this::addEnglish);
        // per-language sums: each side's own, or its overall sums when it was in one language
        Map<String, Map<String, Double>> fromByLanguage = from.languageSums();
        Map<String, Map<String, Double>> mine = languageSums();
        fromByLanguage.forEach((l, sums) -> {
            Map<String, Double> into = mine.computeIfAbsent(l, k -> new HashMap<>());
            sums.forEach((t, w) -> into.merge(t, w, Double::sum));
        });
        from.languages.forEach((l, n) -> languages.merge(l, n, Integer::sum));
        termSumsByLanguage.clear();
        if (languages.size() > 1) mine.forEach((l, sums) -> termSumsByLanguage.put(l, SparseVectors.top(sums, STORY_TERMS)));
        onlyLanguage = languages.size() == 1 ? languages.keySet().iterator().next() : null;
        centroidByLanguage.clear();
        addEmbedding(from.embeddingSum);
        from.embeddingSumByLanguage.forEach((l, sum) -> add(embeddingSumByLanguage.computeIfAbsent(l, k -> new float[sum.length]), sum));
        if (from.lastDate != null && (lastDate == null || from.lastDate.isAfter(lastDate))) lastDate = from.lastDate;
        if (from.eventFrom != null) widen(from.eventFrom, from.eventTo);
        centroid = null;
        entityCentroid = null;
        anchorCentroid = null;
    }

    private void addEnglish(String language, Map<String, Double> english) {
        if (english.isEmpty()) return;
        String key = Languages.known(language) ? language : Languages.UNDETERMINED;
        Map<String, Double> sums = englishSums.computeIfAbsent(key, k -> new HashMap<>());
        english.forEach((t, w) -> sums.merge(t, w, Double::sum));
        if (sums.size() > STORY_TERMS * 2) englishSums.put(key, SparseVectors.top(sums, STORY_TERMS));
        englishCentroidWithout.clear();
    }

    private static void add(float[] into, float[] v) {
        for (int i = 0; i < v.length; i++) into[i] += v[i];
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

    /** The centroid of the members written in {@code language}; the overall centroid when none is, or when all are. */
    Map<String, Double> centroid(String language) {
        Map<String, Double> sums = language == null ? null : termSumsByLanguage.get(language);
        if (sums == null) return centroid();
        return centroidByLanguage.computeIfAbsent(language, l -> SparseVectors.unit(SparseVectors.top(sums, STORY_TERMS)));
    }

    private void addLanguageTerms(String language, Map<String, Double> terms) {
        if (!Languages.known(language)) return;
        if (termSumsByLanguage.isEmpty() && (onlyLanguage == null || onlyLanguage.equals(language))) {
            onlyLanguage = language;
            return;
        }
        if (termSumsByLanguage.isEmpty()) {
            // the second language: the members so far were all in the first, whose sums are the overall ones less this article
            Map<String, Double> first = new HashMap<>(termSums);
            terms.forEach((t, w) -> first.computeIfPresent(t, (k, v) -> v - w > 1e-12 ? v - w : null));
            termSumsByLanguage.put(onlyLanguage, first);
            onlyLanguage = null;
        }
        Map<String, Double> sums = termSumsByLanguage.computeIfAbsent(language, k -> new HashMap<>());
        terms.forEach((t, w) -> sums.merge(t, w, Double::sum));
        if (sums.size() > STORY_TERMS * 2) termSumsByLanguage.put(language, SparseVectors.top(sums, STORY_TERMS));
        centroidByLanguage.remove(language);
    }

    /** The term sums by language: the kept ones, or the overall sums under the one language the story is in. */
    private Map<String, Map<String, Double>> languageSums() {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        termSumsByLanguage.forEach((l, sums) -> out.put(l, new HashMap<>(sums)));
        if (out.isEmpty() && onlyLanguage != null) out.put(onlyLanguage, new HashMap<>(termSums));
        return out;
    }

    Map<String, Double> entityCentroid() {
        if (entityCentroid == null) entityCentroid = SparseVectors.unit(SparseVectors.top(entitySums, STORY_ENTITIES));
        return entityCentroid;
    }

    Map<String, Double> anchorCentroid() {
        if (anchorCentroid == null) anchorCentroid = SparseVectors.unit(SparseVectors.top(anchorSums, STORY_ANCHORS));
        return anchorCentroid;
    }

    /** The words in English of all members, unit length. */
    Map<String, Double> englishCentroid() {
        return englishCentroidWithout(null);
    }

    /** The words in English of the members not written in {@code language}, unit length (empty when none has them). */
    Map<String, Double> englishCentroidWithout(String language) {
        return englishCentroidWithout.computeIfAbsent(String.valueOf(language), l -> {
            Map<String, Double> sum = new HashMap<>();
            englishSums.forEach((other, sums) -> {
                if (!other.equals(l)) sums.forEach((t, w) -> sum.merge(t, w, Double::sum));
            });
            return SparseVectors.unit(SparseVectors.top(sum, STORY_TERMS));
        });
    }

    /**
     * Whether at most half of the identified members are written in {@code language} (an unknown language: no). A story mostly in the article's own language is judged by its words, as before languages were
     * read: its names alone would join the confusable other event (Trump and Kim meet in Singapore and in Hanoi).
     */
    boolean atMostHalfIn(String language) {
        if (!Languages.known(language)) return false;
        int all = 0;
        for (int n : languages.values()) all += n;
        return all > 0 && languages.getOrDefault(language, 0) * 2 <= all;
    }

    /** Whether some identified member is written in {@code language}. */
    boolean hasMemberIn(String language) {
        return languages.containsKey(language);
    }

    /** The language most members are written in (the first in code order on a tie); null when none is identified. */
    String mainLanguage() {
        String main = null;
        for (Map.Entry<String, Integer> e : languages.entrySet()) if (main == null || e.getValue() > languages.get(main)) main = e.getKey();
        return main;
    }

    boolean hasEmbedding() {
        return embeddingSum != null;
    }

    /** The mean direction of the members' embeddings (unit length); null without embeddings. */
    float[] meanEmbedding() {
        return embeddingSum == null ? null : normalised(embeddingSum);
    }

    /** The mean of the members written in {@code language}; the overall mean when none is. */
    float[] meanEmbedding(String language) {
        float[] sum = language == null ? null : embeddingSumByLanguage.get(language);
        return sum == null ? meanEmbedding() : normalised(sum);
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
