package dev.storyline.server;

import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.Provenance;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story run with the look-ups the API needs, built once per run: reading the run back from the store and
 * indexing it on every request would cost far more than requests do. Immutable, so readers need no lock.
 */
final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(new StoryRun(List.of(), List.of(), List.of(), List.of(),
            new Provenance("", "", Map.of())));

    final StoryRun run;
    final Map<String, Article> articles = new LinkedHashMap<>();
    final Map<String, Story> stories = new LinkedHashMap<>();
    final Map<String, String> storyOfArticle = new HashMap<>();
    /** A story merged into another: its id to the story it is part of now, so an old link still leads somewhere. */
    final Map<String, String> mergedInto = new HashMap<>();
    /** reuse by the later article: what each article copies */
    final Map<String, List<Reuse>> copies = new HashMap<>();
    /** reuse by the earlier article: who copies each article */
    final Map<String, List<Reuse>> copiedBy = new HashMap<>();
    /** sort key of each story's latest activity; greater is newer */
    final Map<String, String> activity = new HashMap<>();
    final Map<String, Set<String>> entities = new HashMap<>();
    /** How many stories each storyline holds: a list shows a story's storyline when it has others. */
    final Map<String, Integer> storylineSize = new HashMap<>();
    /** Each story's first and last publication day, among its dated articles (absent: none is dated). */
    private final Map<String, LocalDate> firstDay = new HashMap<>();
    private final Map<String, LocalDate> lastDay = new HashMap<>();
    /** Each storyline's stories in the order they began (by their first dated article; undated ones last, by id). */
    private final Map<String, List<Story>> storylines = new HashMap<>();
    /**
     * Built on the first search, not with the snapshot: every saved run makes a new snapshot, and indexing all its
     * articles each time cost a writer under load a sixth of the CPU while no one searched.
     */
    private volatile SearchIndex search;
    private volatile List<Story> byActivity;

    Snapshot(StoryRun run) {
        this.run = run;
        Map<String, Integer> position = new HashMap<>();
        for (Article a : run.articles()) {
            position.put(a.id(), position.size());
            articles.put(a.id(), a);
        }
        Map<String, ArticleFacts> facts = new HashMap<>();
        run.facts().forEach(f -> facts.put(f.articleId(), f));
        for (Reuse r : run.reuses()) {
            copies.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
            copiedBy.computeIfAbsent(r.sourceArticleId(), k -> new ArrayList<>()).add(r);
        }
        for (Story s : run.stories()) {
            stories.put(s.id(), s);
            s.merges().forEach(m -> mergedInto.put(m.absorbedStoryId(), s.id()));
            LocalDate latest = null;
            LocalDate earliest = null;
            int last = -1;
            Set<String> names = new LinkedHashSet<>();
            for (String id : s.articleIds()) {
                storyOfArticle.put(id, s.id());
                Article a = articles.get(id);
                if (a != null && a.published() != null && (latest == null || a.published().isAfter(latest))) latest = a.published();
                if (a != null && a.published() != null && (earliest == null || a.published().isBefore(earliest))) earliest = a.published();
                last = Math.max(last, position.getOrDefault(id, -1));
                ArticleFacts f = facts.get(id);
                if (f != null) {
                    for (EntityMention e : f.entities()) {
                        String name = e.canonical() != null ? e.canonical() : e.span().text();
                        if (name != null) names.add(name);
                    }
                }
            }
            // undated stories sort below dated ones; among equal days the one whose article came last is newer
            activity.put(s.id(), (latest == null ? "0000-00-00" : latest.toString()) + "|" + String.format("%09d", last + 1) + "|" + s.id());
            entities.put(s.id(), names);
            if (s.storylineId() != null) storylineSize.merge(s.storylineId(), 1, Integer::sum);
            if (latest != null) lastDay.put(s.id(), latest);
            if (earliest != null) firstDay.put(s.id(), earliest);
            storylines.computeIfAbsent(s.storylineId(), k -> new ArrayList<>()).add(s);
        }
        Comparator<Story> began = Comparator.comparing((Story o) -> firstDay.get(o.id()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Story::id);
        storylines.replaceAll((line, list) -> {
            list.sort(began);
            return List.copyOf(list);
        });
    }

    /** The index of this run's articles and stories, built on first use. */
    SearchIndex search() {
        SearchIndex index = search;
        if (index == null) {
            synchronized (this) {
                index = search;
                if (index == null) search = index = new SearchIndex(run.articles(), run.stories());
            }
        }
        return index;
    }

    /** A storyline's stories in the order they began; empty for an unknown storyline. */
    List<Story> storiesOf(String storylineId) {
        return storylines.getOrDefault(storylineId, List.of());
    }

    /** Stories, newest activity first: sorted once a snapshot, on the first listing, not on every request. */
    List<Story> storiesByActivity() {
        List<Story> list = byActivity;
        if (list == null) {
            List<Story> sorted = new ArrayList<>(stories.values());
            sorted.sort(Comparator.comparing((Story s) -> activity.get(s.id())).reversed());
            byActivity = list = List.copyOf(sorted);
        }
        return list;
    }

    LocalDate lastPublished(Story s) {
        return stories.get(s.id()) == s ? lastDay.get(s.id()) : dates(s).max(Comparator.naturalOrder()).orElse(null);
    }

    LocalDate firstPublished(Story s) {
        return stories.get(s.id()) == s ? firstDay.get(s.id()) : dates(s).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The publication days of a story not of this snapshot (one told for a request) among this snapshot's articles. */
    private java.util.stream.Stream<LocalDate> dates(Story s) {
        return s.articleIds().stream().map(articles::get).filter(a -> a != null && a.published() != null).map(Article::published);
    }

    List<String> outlets(Story s) {
        return s.articleIds().stream().map(articles::get).filter(a -> a != null && a.outlet() != null)
                .map(Article::outlet).distinct().toList();
    }
}
