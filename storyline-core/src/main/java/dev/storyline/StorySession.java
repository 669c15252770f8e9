package dev.storyline;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.dedup.ReuseDetector;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Provenance;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMerge;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.StorylineMove;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Storyline on a stream: each arriving article goes through the per-article stages (text, dedup, cluster,
 * facts) at once; the per-story stages (corroborate, summarize, timeline) run when a story is asked for,
 * and only for stories whose members changed since they were last told.
 * Not thread-safe: one session per stream.
 */
public final class StorySession {
    private final Storyline storyline;
    private final ReuseDetector reuseDetector;
    private final StoryClusterer clusterer;
    private final Provenance provenance;

    private final Map<String, AnalyzedArticle> analyzed = new LinkedHashMap<>();
    private final Map<String, ArticleFacts> facts = new HashMap<>();
    private final Map<String, Assignment> assignments = new HashMap<>();
    private final Map<String, List<Reuse>> reusesByArticle = new HashMap<>();
    private final List<Reuse> reuses = new ArrayList<>();
    private final Map<String, Story> told = new HashMap<>();
    private final StageTimings timings = new StageTimings();

    StorySession(Storyline storyline, ReuseDetector reuseDetector, StoryClusterer clusterer) {
        this.storyline = storyline;
        this.reuseDetector = reuseDetector;
        this.clusterer = clusterer;
        this.provenance = storyline.provenance();
    }

    /**
     * An article with everything that depends on it alone: its text analysis, its facts and its lead's embedding.
     * Made by {@link #prepare} on any thread (or another machine: it is plain data), then {@link #add(Prepared)}ed
     * in arrival order.
     */
    public record Prepared(AnalyzedArticle analyzed, ArticleFacts facts, float[] embedding) {}

    /** The per-article stages, which need nothing from the stream so far: thread-safe, for running ahead in parallel. */
    public Prepared prepare(Article article) {
        AnalyzedArticle a = analyze(article);
        ArticleFacts f = facts(a);
        long start = System.nanoTime();
        float[] embedding = clusterer.embed(a);
        timings.add("cluster", System.nanoTime() - start);
        return new Prepared(a, f, embedding);
    }

    /** One arriving article: returns why it joined its story. Articles already seen (same id) are ignored. */
    public Assignment add(Article article) {
        if (analyzed.containsKey(article.id())) return assignments.get(article.id());
        return add(prepare(article));
    }

    /** One prepared article, in arrival order: dedup and story assignment, the only stages that depend on order. */
    public Assignment add(Prepared p) {
        if (analyzed.containsKey(p.analyzed().id())) return assignments.get(p.analyzed().id());
        return assign(p.analyzed(), p.facts(), p.embedding());
    }

    /** A batch in arrival order: the per-article stages run in parallel, assignment in order. */
    public List<Assignment> addAll(List<Article> articles) {
        List<Prepared> batch = articles.parallelStream().map(this::prepare).toList();
        List<Assignment> out = new ArrayList<>(batch.size());
        for (Prepared p : batch) out.add(add(p));
        return out;
    }

    private AnalyzedArticle analyze(Article article) {
        long start = System.nanoTime();
        AnalyzedArticle a = storyline.analyze(article);
        timings.add("text", System.nanoTime() - start);
        return a;
    }

    private ArticleFacts facts(AnalyzedArticle article) {
        long start = System.nanoTime();
        ArticleFacts f = storyline.facts(article);
        timings.add("facts", System.nanoTime() - start);
        return f;
    }

    private Assignment assign(AnalyzedArticle article, ArticleFacts articleFacts, float[] embedding) {
        long start = System.nanoTime();
        List<Reuse> found = reuseDetector.add(article);
        long afterDedup = System.nanoTime();
        Assignment assignment = clusterer.assign(article, found, embedding, articleFacts.entities());
        timings.add("dedup", afterDedup - start);
        timings.add("cluster", System.nanoTime() - afterDedup);
        analyzed.put(article.id(), article);
        facts.put(article.id(), articleFacts);
        assignments.put(article.id(), assignment);
        reuses.addAll(found);
        for (Reuse r : found) {
            reusesByArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        return assignment;
    }

    /**
     * For endless streams: stories idle for more than {@code idleDays} (by article dates) leave memory with their
     * articles, facts and copy index; returns their ids. The caller keeps them as last told (a store keeps every
     * story it was given queryable). They take no more articles, and new stories link only to storylines still
     * in memory.
     */
    public List<String> retire(int idleDays) {
        List<String> out = new ArrayList<>();
        Set<String> gone = new HashSet<>();
        for (StoryClusterer.Retired r : clusterer.retire(idleDays)) {
            out.add(r.storyId());
            told.remove(r.storyId());
            gone.addAll(r.members());
        }
        if (gone.isEmpty()) return out;
        for (String id : gone) {
            analyzed.remove(id);
            facts.remove(id);
            assignments.remove(id);
            reusesByArticle.remove(id);
        }
        // a snapshot names only articles in memory: copies of retired articles go with them
        reuses.removeIf(r -> gone.contains(r.articleId()) || gone.contains(r.sourceArticleId()));
        reuseDetector.forget(gone);
        return out;
    }

    /** Number of stories now, live or idle. */
    public int storyCount() {
        return clusterer.membership().size();
    }

    /** Where the time went so far, per stage. */
    public StageTimings timings() {
        return timings;
    }

    /** Every story as it stands, in order of its first article. */
    public StoryRun snapshot() {
        List<Story> stories = new ArrayList<>();
        Map<String, List<String>> membership = clusterer.membership();
        for (Map.Entry<String, List<String>> entry : membership.entrySet()) {
            stories.add(story(entry.getKey(), entry.getValue()));
        }
        told.keySet().retainAll(membership.keySet()); // stories merged into others are told no more
        List<ArticleFacts> allFacts = analyzed.keySet().stream().map(facts::get).toList();
        return new StoryRun(analyzed.values().stream().map(AnalyzedArticle::article).toList(), stories,
                reuses, allFacts, provenance);
    }

    /**
     * Telling one story as it stands now, as work for any thread: its members and their material are fixed here,
     * on the session's thread; corroborate, summarize and timeline run wherever the supplier is called, so a
     * loaded server keeps the session's thread for arrivals. Null for an unknown id. The result is not cached.
     */
    public Supplier<Story> tellLater(String id) {
        List<String> members = clusterer.members(id);
        if (members == null) return null;
        StoryMaterial material = material(id, members, clusterer.storylineOf(id));
        List<StorylineMove> moves = moves(id);
        List<StoryMerge> merges = merges(id);
        return () -> storyline.tell(material, provenance, timings).withHistory(moves, merges);
    }

    /** One story as it stands now (told again only if its members changed), or null for an unknown id. */
    public Story story(String id) {
        List<String> members = clusterer.members(id);
        return members == null ? null : story(id, members);
    }

    private Story story(String id, List<String> members) {
        String storylineId = clusterer.storylineOf(id);
        Story cached = told.get(id);
        if (cached != null && cached.articleIds().equals(members) && cached.storylineId().equals(storylineId)) {
            return cached;
        }
        StoryMaterial material = material(id, members, storylineId);
        Story story = storyline.tell(material, provenance, timings).withHistory(moves(id), merges(id));
        told.put(id, story);
        return story;
    }

    private List<StorylineMove> moves(String id) {
        List<StorylineMove> out = new ArrayList<>();
        for (StoryClusterer.Relink r : clusterer.relinksOf(id)) {
            out.add(new StorylineMove(r.fromStoryline(), r.toStoryline(), r.score(), r.on()));
        }
        return out;
    }

    private List<StoryMerge> merges(String id) {
        List<StoryMerge> out = new ArrayList<>();
        for (StoryClusterer.Merge m : clusterer.mergesOf(id)) {
            out.add(new StoryMerge(m.absorbedStoryId(), m.score(), m.on(), m.articleId()));
        }
        return out;
    }

    private StoryMaterial material(String id, List<String> members, String storylineId) {
        Set<String> memberSet = new HashSet<>(members);
        List<Reuse> inside = new ArrayList<>();
        for (String m : members) {
            for (Reuse r : reusesByArticle.getOrDefault(m, List.of())) {
                if (memberSet.contains(r.sourceArticleId())) inside.add(r);
            }
        }
        return new StoryMaterial(id, storylineId,
                members.stream().map(analyzed::get).toList(),
                members.stream().map(facts::get).toList(),
                inside,
                members.stream().map(assignments::get).toList());
    }
}
