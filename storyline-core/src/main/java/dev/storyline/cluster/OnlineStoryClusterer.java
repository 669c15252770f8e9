package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Sentence;
import dev.storyline.text.SentenceEmbedder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Single-pass story assignment. Candidates come from an inverted index of the stories' strongest terms (and
 * from the stories of articles this one copies), never from a scan of all stories; each candidate is scored
 * by TF-IDF cosine, MiniLM cosine of the article's lead against the story's mean, and copied text, damped by
 * the time gap when both dates are known. An article without a trusted date is neutral in time.
 * An article that started its own storyline and drew no other article within {@code adoptDays} is an outlier
 * piece of a topic rather than a new topic: it is re-linked to the storyline it was closest to on arrival.
 */
final class OnlineStoryClusterer implements StoryClusterer {
    static final int ARTICLE_TERMS = 60;
    static final int QUERY_TERMS = 20;
    static final int STORY_TERMS = 150;
    static final int POSTINGS_PER_TERM = 300;
    static final int LEAD_SENTENCES = 2;
    static final int ARTICLE_ENTITIES = 20;
    static final int STORY_ENTITIES = 60;

    private static final class StoryState {
        final String id;
        /** Creation order: of two merging stories the older one stays. */
        final long created;
        /** Changes when a lone story is adopted by the storyline it was closest to, or when its story is merged. */
        String storyline;
        final List<String> members = new ArrayList<>();
        /** Arrival number of each member, so a merged story keeps its members in arrival order. */
        final List<Long> arrivals = new ArrayList<>();
        Map<String, Double> termSums = new HashMap<>();
        Map<String, Double> entitySums = new HashMap<>();
        float[] embeddingSum;
        LocalDate lastDate;
        /** The span of the members' event dates given with at least {@code dateConfidence}: when the event happened. */
        LocalDate eventFrom;
        LocalDate eventTo;
        Map<String, Double> centroid;
        Map<String, Double> entityCentroid;
        /** Terms under which the story is posted, so retiring it can take it out of the index. */
        final Set<String> postedTerms = new HashSet<>();
        /** For a storyline: its stories still in memory. */
        int liveStories;

        StoryState(String id, String storyline, long created) {
            this.id = id;
            this.storyline = storyline;
            this.created = created;
        }
    }

    private final ClusterSettings settings;
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    /** Storylines keep the same representation as stories, over all their stories' articles, at any age. */
    private final Map<String, StoryState> storylines = new HashMap<>();
    private final Map<String, ArrayDeque<StoryState>> postings = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> entityFrequency = new HashMap<>();
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private int documents;
    private long arrivals;
    private long created;
    private int entityDocuments;
    private LocalDate latest;
    /** New storylines of one article that may be adopted, in arrival order, with what adoption needs. */
    private final ArrayDeque<Orphan> orphans = new ArrayDeque<>();
    /** By story: a story moves at most once (only a lone story of its own storyline is adopted). */
    private final Map<String, Relink> relinks = new LinkedHashMap<>();
    /** By surviving story, in the order they happened. */
    private final Map<String, List<Merge>> merges = new LinkedHashMap<>();

    /** Holds the article's id, not the article: orphans wait for weeks and the text is not needed to adopt. */
    private record Orphan(StoryState story, String closest, double score, String articleId,
                          Features features, LocalDate date) {}

    /** An article's representation, as stories and storylines sum it; {@code when} is its event date, or null. */
    private record Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding,
                            PublicationDate when) {}

    OnlineStoryClusterer(ClusterSettings settings) {
        this.settings = settings;
    }

    @Override
    public float[] embed(AnalyzedArticle article) {
        return settings.embeddings() ? SentenceEmbedder.get().embed(lead(article)) : null;
    }

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses) {
        return assign(article, reuses, embed(article));
    }

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses, float[] embedding) {
        return assign(article, reuses, embedding, List.of());
    }

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses, float[] embedding, List<EntityMention> entities) {
        LocalDate date = article.article().published();
        if (date != null && (latest == null || date.isAfter(latest))) latest = date;
        adoptOrphans();
        PublicationDate when = article.article().eventDate();
        Features features = new Features(vector(article), entityVector(entities), embedding,
                when != null && when.confidence() >= settings.dateConfidence() ? when : null);
        Map<String, Double> vector = features.terms();

        // the best live story (within the time window) to join; failing that, the best storyline of any age
        StoryState best = null;
        Map<String, Double> bestSignals = null;
        double bestScore = -1;
        Map<String, StoryState> candidateLines = new TreeMap<>();
        List<StoryState> joinable = new ArrayList<>();
        for (StoryState candidate : candidates(vector, reuses)) {
            candidateLines.put(candidate.storyline, storylines.get(candidate.storyline));
            Map<String, Double> signals = score(candidate, features, reuses, date, false);
            double s = signals.get("score");
            if (signals.get("time") > 0 && s >= settings.threshold()) joinable.add(candidate);
            if (signals.get("time") > 0 && s > bestScore) {
                bestScore = s;
                best = candidate;
                bestSignals = signals;
            }
        }
        StoryState related = null;
        double relatedScore = -1;
        if (best == null || bestScore < settings.threshold()) {
            for (StoryState line : candidateLines.values()) {
                double s = score(line, features, reuses, null, true).get("score");
                if (s > relatedScore) {
                    relatedScore = s;
                    related = line;
                }
            }
        }
        Assignment assignment;
        StoryState story;
        if (best != null && bestScore >= settings.threshold()) {
            story = best;
            assignment = new Assignment(article.id(), story.id, false, round(bestScore), bestSignals);
        } else {
            String id = storyId(article.id());
            String storyline = related != null && relatedScore >= settings.storylineThreshold() ? related.id : id;
            story = new StoryState(id, storyline, created++);
            stories.put(id, story);
            storylines.computeIfAbsent(storyline, k -> new StoryState(k, k, created)).liveStories++;
            Map<String, Double> signals = new LinkedHashMap<>();
            if (best != null) signals.put("bestLiveStoryScore", round(bestScore));
            if (!storyline.equals(id)) signals.put("storylineLinkScore", round(relatedScore));
            assignment = new Assignment(article.id(), id, true, 0, signals);
            if (storyline.equals(id) && related != null && date != null && relatedScore >= settings.adoptThreshold()) {
                orphans.addLast(new Orphan(story, related.id, relatedScore, article.id(), features, date));
            }
        }
        arrivals++;
        join(story, article, features, date);
        if (!assignment.newStory()) {
            StoryState merged = mergeConverging(story, joinable, article.id());
            // the story it joined may have just been folded into an older one: name the story it is in
            if (merged != story) {
                assignment = new Assignment(article.id(), merged.id, false, assignment.score(), assignment.signals());
            }
        }
        return assignment;
    }

    /**
     * Two live stories that one article could join, whose own representations have come together, are one event
     * that began twice (two outlets' first reports that did not match each other, a follow-up that bridges them).
     * The younger is folded into the older, and the merge is recorded: the articles' own assignments predate it.
     */
    private StoryState mergeConverging(StoryState joined, List<StoryState> joinable, String articleId) {
        StoryState keep = joined;
        for (StoryState other : joinable) {
            if (other == keep || stories.get(other.id) != other) continue;
            // an undated article may fit two events of one topic (a verdict and the sentencing months later):
            // stories whose own dates lie further apart than the window are two events, however alike
            if (apartInTime(keep, other)) continue;
            double similarity = similarity(keep, other);
            if (similarity < settings.mergeThreshold()) continue;
            StoryState older = other.created < keep.created ? other : keep;
            StoryState younger = older == keep ? other : keep;
            absorb(older, younger);
            List<Merge> record = merges.computeIfAbsent(older.id, k -> new ArrayList<>());
            List<Merge> earlier = merges.remove(younger.id);
            if (earlier != null) record.addAll(earlier);
            record.add(new Merge(older.id, younger.id, round(similarity), latest, articleId));
            keep = older;
        }
        return keep;
    }

    private boolean apartInTime(StoryState a, StoryState b) {
        if (a.eventFrom == null || b.eventFrom == null) return false;
        long gap = Math.max(ChronoUnit.DAYS.between(a.eventTo, b.eventFrom), ChronoUnit.DAYS.between(b.eventTo, a.eventFrom));
        return gap > settings.windowDays();
    }

    /** Story to story, weighed as an article against a story is, without time and copies. */
    private double similarity(StoryState a, StoryState b) {
        double text = cosine(centroid(a), centroid(b));
        double named = cosine(entityCentroid(a), entityCentroid(b));
        double emb = a.embeddingSum == null || b.embeddingSum == null ? -1
                : Math.max(0, SentenceEmbedder.cosine(normalised(a.embeddingSum), normalised(b.embeddingSum)));
        return combine(text, emb, named, false);
    }

    private double combine(double text, double embedding, double named, boolean storyline) {
        double textWeight = storyline ? settings.storylineTextWeight() : settings.textWeight();
        double embeddingWeight = storyline ? 1 - settings.storylineTextWeight() : settings.embeddingWeight();
        double entityWeight = storyline ? settings.storylineEntityWeight() : settings.entityWeight();
        // without an embedding (lexical-only mode) text carries the embedding's weight too
        double words = embedding < 0 ? (textWeight + embeddingWeight) * text : textWeight * text + embeddingWeight * embedding;
        return (1 - entityWeight) * words + entityWeight * named;
    }

    /** Moves every member and every sum of {@code gone} into {@code keep}; {@code gone} leaves memory and index. */
    private void absorb(StoryState keep, StoryState gone) {
        List<String> members = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        for (int i = 0, j = 0; i < keep.members.size() || j < gone.members.size(); ) {
            boolean fromKeep = j == gone.members.size()
                    || (i < keep.members.size() && keep.arrivals.get(i) < gone.arrivals.get(j));
            members.add(fromKeep ? keep.members.get(i) : gone.members.get(j));
            order.add(fromKeep ? keep.arrivals.get(i++) : gone.arrivals.get(j++));
        }
        keep.members.clear();
        keep.members.addAll(members);
        keep.arrivals.clear();
        keep.arrivals.addAll(order);
        addSums(keep, gone);
        for (String m : gone.members) storyOfArticle.put(m, keep);
        for (String t : gone.postedTerms) {
            ArrayDeque<StoryState> list = postings.get(t);
            if (list == null) continue;
            list.remove(gone);
            if (!list.contains(keep)) {
                list.addLast(keep);
                keep.postedTerms.add(t);
                if (list.size() > POSTINGS_PER_TERM) list.removeFirst();
            }
        }
        stories.remove(gone.id);
        relinks.remove(gone.id);
        StoryState line = storylines.get(keep.storyline);
        StoryState goneLine = storylines.get(gone.storyline);
        if (goneLine == line) {
            line.liveStories--;
            return;
        }
        // the two storylines stay apart; the merged story's articles now count in its own storyline
        if (line != null) {
            line.members.addAll(gone.members);
            addSums(line, gone);
        }
        if (goneLine != null && --goneLine.liveStories <= 0) storylines.remove(goneLine.id);
    }

    private static void addSums(StoryState into, StoryState from) {
        from.termSums.forEach((t, w) -> into.termSums.merge(t, w, Double::sum));
        if (into.termSums.size() > STORY_TERMS * 2) into.termSums = top(into.termSums, STORY_TERMS);
        from.entitySums.forEach((t, w) -> into.entitySums.merge(t, w, Double::sum));
        if (into.entitySums.size() > STORY_ENTITIES * 2) into.entitySums = top(into.entitySums, STORY_ENTITIES);
        if (from.embeddingSum != null) {
            if (into.embeddingSum == null) into.embeddingSum = from.embeddingSum.clone();
            else for (int i = 0; i < from.embeddingSum.length; i++) into.embeddingSum[i] += from.embeddingSum[i];
        }
        if (from.lastDate != null && (into.lastDate == null || from.lastDate.isAfter(into.lastDate))) into.lastDate = from.lastDate;
        if (from.eventFrom != null) widen(into, from.eventFrom, from.eventTo);
        into.centroid = null;
        into.entityCentroid = null;
    }

    /**
     * Re-links each lone storyline whose adoption time has come: still one story of one article, its closest
     * storyline still in memory. A new topic draws followers within weeks; an article that drew none was an
     * outlier of a topic (a feature, a digest) that the strict link threshold left alone. Orphans are taken in
     * arrival order against the latest date, so the result depends only on the input order.
     */
    private void adoptOrphans() {
        while (!orphans.isEmpty() && latest != null
                && ChronoUnit.DAYS.between(orphans.peekFirst().date(), latest) >= settings.adoptDays()) {
            Orphan o = orphans.removeFirst();
            StoryState own = storylines.get(o.story().storyline);
            StoryState target = storylines.get(o.closest());
            if (stories.get(o.story().id) != o.story() || own == null || own.members.size() != 1
                    || target == null || target == own) {
                continue;
            }
            storylines.remove(own.id);
            o.story().storyline = target.id;
            target.liveStories++;
            add(target, o.articleId(), o.features(), o.date());
            relinks.put(o.story().id, new Relink(o.story().id, own.id, target.id, round(o.score()), latest));
        }
    }

    private Iterable<StoryState> candidates(Map<String, Double> vector, List<Reuse> reuses) {
        Map<String, StoryState> found = new TreeMap<>();
        for (Reuse r : reuses) {
            StoryState s = storyOfArticle.get(r.sourceArticleId());
            if (s != null) found.put(s.id, s);
        }
        vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(QUERY_TERMS)
                .forEach(e -> {
                    ArrayDeque<StoryState> list = postings.get(e.getKey());
                    if (list != null) for (StoryState s : list) found.put(s.id, s);
                });
        return found.values();
    }

    /**
     * The signals for one candidate; "time" is 0 when the story is out of the window (it may still be related).
     * A storyline is weighed with {@code storylineTextWeight}: over a whole topic the TF-IDF centroid separates
     * neighbouring topics (Chechnya war / Putin's rise; malaria / AIDS in Africa) better than the mean embedding.
     */
    private Map<String, Double> score(StoryState story, Features features, List<Reuse> reuses, LocalDate date,
                                      boolean storyline) {
        Map<String, Double> vector = features.terms();
        float[] embedding = features.embedding();
        // unknown is not "at the same time as everything": an article or story without a date joins on
        // stronger text alone; storylines span any time
        double timeFactor = storyline ? 1 : settings.undatedFactor();
        boolean live = true;
        PublicationDate when = features.when();
        if (!storyline && when != null && story.eventFrom != null) {
            // the gap between the article's event span and the story's; coarse dates (a month) count as their span
            long gap = Math.max(0, Math.max(
                    ChronoUnit.DAYS.between(story.eventTo, when.date()),
                    ChronoUnit.DAYS.between(when.precision().last(when.date()), story.eventFrom)));
            live = gap <= settings.windowDays();
            timeFactor = live ? 1 - 0.3 * gap / (double) settings.windowDays() : 1;
        }
        double text = cosine(vector, centroid(story));
        double named = cosine(features.entities(), entityCentroid(story));
        double emb = 0;
        if (embedding != null && story.embeddingSum != null) emb = Math.max(0, SentenceEmbedder.cosine(embedding, normalised(story.embeddingSum)));
        double reuse = 0;
        for (Reuse r : reuses) {
            if (storyOfArticle.get(r.sourceArticleId()) == story) reuse = Math.max(reuse, r.share());
        }
        double score = (combine(text, embedding == null ? -1 : emb, named, storyline)
                + settings.reuseWeight() * Math.min(1, reuse * 2)) * timeFactor;
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put("score", round(score));
        signals.put("text", round(text));
        if (embedding != null) signals.put("embedding", round(emb));
        if ((storyline ? settings.storylineEntityWeight() : settings.entityWeight()) > 0) signals.put("entities", round(named));
        signals.put("reuse", round(reuse));
        signals.put("time", live ? round(timeFactor) : 0.0);
        return signals;
    }

    private void join(StoryState story, AnalyzedArticle article, Features features, LocalDate date) {
        storyOfArticle.put(article.id(), story);
        add(story, article.id(), features, date);
        add(storylines.get(story.storyline), article.id(), features, date);
    }

    private void add(StoryState story, String articleId, Features features, LocalDate date) {
        Map<String, Double> vector = features.terms();
        float[] embedding = features.embedding();
        story.members.add(articleId);
        story.arrivals.add(arrivals);
        if (date != null && (story.lastDate == null || date.isAfter(story.lastDate))) story.lastDate = date;
        if (features.when() != null) widen(story, features.when().date(), features.when().precision().last(features.when().date()));
        vector.forEach((t, w) -> story.termSums.merge(t, w, Double::sum));
        if (story.termSums.size() > STORY_TERMS * 2) story.termSums = top(story.termSums, STORY_TERMS);
        story.centroid = null;
        features.entities().forEach((t, w) -> story.entitySums.merge(t, w, Double::sum));
        if (story.entitySums.size() > STORY_ENTITIES * 2) story.entitySums = top(story.entitySums, STORY_ENTITIES);
        story.entityCentroid = null;
        if (embedding != null) {
            if (story.embeddingSum == null) story.embeddingSum = embedding.clone();
            else for (int i = 0; i < embedding.length; i++) story.embeddingSum[i] += embedding[i];
        }
        if (storylines.get(story.id) == story) return; // storylines are reached through their stories
        vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(QUERY_TERMS)
                .forEach(e -> {
                    ArrayDeque<StoryState> list = postings.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>());
                    if (!list.contains(story)) {
                        list.addLast(story);
                        story.postedTerms.add(e.getKey());
                        if (list.size() > POSTINGS_PER_TERM) list.removeFirst();
                    }
                });
    }

    private static void widen(StoryState story, LocalDate from, LocalDate to) {
        if (story.eventFrom == null || from.isBefore(story.eventFrom)) story.eventFrom = from;
        if (story.eventTo == null || to.isAfter(story.eventTo)) story.eventTo = to;
    }

    /** TF-IDF of title (counted twice: it names the event) and body terms, unit length, strongest terms only. */
    private Map<String, Double> vector(AnalyzedArticle article) {
        Map<String, Double> tf = new HashMap<>();
        for (String t : article.titleTerms()) tf.merge(t, 2.0, Double::sum);
        for (Sentence s : article.sentences()) for (String t : s.terms()) tf.merge(t, 1.0, Double::sum);
        documents++;
        for (String t : tf.keySet()) documentFrequency.merge(t, 1, Integer::sum);
        Map<String, Double> w = new HashMap<>();
        tf.forEach((t, f) -> w.put(t, (1 + Math.log(f)) * Math.log((documents + 20.0) / (documentFrequency.get(t) + 1))));
        return unit(top(w, ARTICLE_TERMS));
    }

    /**
     * The article's named entities (people, organisations, places, groups) by their canonical name, weighted like
     * terms: a rare name shared with a story says more than a common one ("Grozny" over "United States").
     */
    private Map<String, Double> entityVector(List<EntityMention> entities) {
        if (entities.isEmpty() || settings.entityWeight() + settings.storylineEntityWeight() == 0) return Map.of();
        Map<String, Double> tf = new HashMap<>();
        for (EntityMention e : entities) tf.merge(e.canonical().toLowerCase(Locale.ROOT), 1.0, Double::sum);
        entityDocuments++;
        for (String t : tf.keySet()) entityFrequency.merge(t, 1, Integer::sum);
        Map<String, Double> w = new HashMap<>();
        tf.forEach((t, f) -> w.put(t, (1 + Math.log(f)) * Math.log((entityDocuments + 20.0) / (entityFrequency.get(t) + 1))));
        return unit(top(w, ARTICLE_ENTITIES));
    }

    private Map<String, Double> entityCentroid(StoryState s) {
        if (s.entityCentroid == null) s.entityCentroid = unit(top(s.entitySums, STORY_ENTITIES));
        return s.entityCentroid;
    }

    private Map<String, Double> centroid(StoryState s) {
        if (s.centroid == null) s.centroid = unit(top(s.termSums, STORY_TERMS));
        return s.centroid;
    }

    private static String lead(AnalyzedArticle a) {
        StringBuilder b = new StringBuilder(a.article().title());
        a.sentences().stream().limit(LEAD_SENTENCES).forEach(s -> b.append(' ').append(s.text()));
        return b.toString();
    }

    private static Map<String, Double> top(Map<String, Double> m, int k) {
        if (m.size() <= k) return new HashMap<>(m);
        Map<String, Double> out = new HashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Double> unit(Map<String, Double> m) {
        double norm = Math.sqrt(m.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) return m;
        Map<String, Double> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v / norm));
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return cosine(b, a);
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double v = b.get(e.getKey());
            if (v != null) dot += e.getValue() * v;
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }

    static String storyId(String firstArticleId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    public List<Retired> retire(int idleDays) {
        List<Retired> out = new ArrayList<>();
        if (latest == null) return out;
        LocalDate cutoff = latest.minusDays(idleDays);
        for (Iterator<StoryState> it = stories.values().iterator(); it.hasNext(); ) {
            StoryState story = it.next();
            if (story.lastDate == null || !story.lastDate.isBefore(cutoff)) continue;
            it.remove();
            out.add(new Retired(story.id, story.storyline, List.copyOf(story.members)));
            // a retired story was told with its move; kept, the record would grow with the stream
            relinks.remove(story.id);
            merges.remove(story.id);
            for (String m : story.members) storyOfArticle.remove(m);
            for (String t : story.postedTerms) {
                ArrayDeque<StoryState> list = postings.get(t);
                if (list == null) continue;
                list.remove(story);
                if (list.isEmpty()) postings.remove(t);
            }
            StoryState line = storylines.get(story.storyline);
            if (line != null && --line.liveStories <= 0) storylines.remove(story.storyline);
        }
        return out;
    }

    @Override
    public List<Relink> relinks() {
        return List.copyOf(relinks.values());
    }

    @Override
    public List<Relink> relinksOf(String storyId) {
        Relink r = relinks.get(storyId);
        return r == null ? List.of() : List.of(r);
    }

    @Override
    public List<Merge> mergesOf(String storyId) {
        return List.copyOf(merges.getOrDefault(storyId, List.of()));
    }

    @Override
    public LinkedHashMap<String, List<String>> membership() {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        stories.forEach((k, v) -> copy.put(k, List.copyOf(v.members)));
        return copy;
    }

    @Override
    public List<String> members(String storyId) {
        StoryState s = stories.get(storyId);
        return s == null ? null : List.copyOf(s.members);
    }

    @Override
    public String storylineOf(String storyId) {
        StoryState s = stories.get(storyId);
        return s == null ? storyId : s.storyline;
    }
}
