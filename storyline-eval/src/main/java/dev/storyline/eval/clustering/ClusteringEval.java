package dev.storyline.eval.clustering;

import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.cluster.ClusterSettings;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.dedup.ReuseDetector;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.extract.ExtractionException;
import dev.storyline.settings.Settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering on the labelled DUC 2006 stream, in time order, one pass: Storyline at story (event) and
 * storyline (topic) level beside a single-pass TF-IDF baseline whose threshold is tuned on the same stream and
 * Carrot2's Lingo as an off-the-shelf peer.
 */
public final class ClusteringEval implements EvalTask {
    static final int SMOKE_ARTICLES = 150;

    @Override
    public String name() {
        return "clustering";
    }

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        List<DucStream.Item> items = DucStream.load(context.dataDir());
        if (context.smoke()) items = items.subList(0, Math.min(SMOKE_ARTICLES, items.size()));
        List<String> gold = items.stream().map(DucStream.Item::story).toList();

        List<StorySession.Prepared> prepared = prepare(items, context.settings());
        Levels storyline = replay(prepared, context.settings());
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Storyline (storyline level)", ClusterMetrics.score(storyline.storylines(), gold)));
        rows.add(row("Storyline (story level)", ClusterMetrics.score(storyline.stories(), gold)));

        double bestThreshold = 0;
        ClusterMetrics.Scores best = null;
        List<List<String>> sweep = new ArrayList<>();
        for (int t = 5; t <= 60; t += 5) {
            TfIdfSinglePass baseline = new TfIdfSinglePass(t / 100.0);
            List<String> assigned = new ArrayList<>();
            for (DucStream.Item item : items) assigned.add(String.valueOf(baseline.add(item.title() + " " + item.text())));
            ClusterMetrics.Scores s = ClusterMetrics.score(assigned, gold);
            sweep.add(List.of(f2(t / 100.0), f3(s.bcubedF1()), String.valueOf(s.predicted())));
            if (best == null || s.bcubedF1() > best.bcubedF1()) {
                best = s;
                bestThreshold = t / 100.0;
            }
        }
        rows.add(row("TF-IDF single pass (threshold " + f2(bestThreshold) + ", tuned)", best));
        for (int desired : new int[]{30, 50}) {
            rows.add(row("Carrot2 Lingo 4.5.1 (batch, " + desired + " clusters desired" + (desired == 30 ? ", default" : ", = gold count")
                    + ")", ClusterMetrics.score(LingoPeer.cluster(items, desired), gold)));
        }

        EvalTable linkSweep = storylineSweep(prepared, context.settings(), gold);
        EvalTable adoptionSweep = adoptionSweep(prepared, context.settings(), gold);
        EvalTable entitySweep = entitySweep(prepared, context.settings(), gold);
        EvalTable mergeSweep = mergeSweep(prepared, context.settings(), gold);
        EvalTable ceilings = ClusteringCeilings.table(prepared, gold);

        return new EvalReport(name(), "Clustering: stories on the DUC 2006 newswire stream",
                items.size() + " articles of " + DucStream.FILE + (context.smoke() ? " (smoke subset)" : "")
                        + ", in time order, one pass; gold = NIST topic",
                List.of(new EvalTable("", List.of("system", "BCubed P", "BCubed R", "BCubed F1", "pairwise P",
                                "pairwise R", "pairwise F1", "clusters", "gold clusters"), rows),
                        new EvalTable("Baseline threshold sweep", List.of("threshold", "BCubed F1", "clusters"), sweep),
                        linkSweep, adoptionSweep, entitySweep, mergeSweep, ceilings),
                List.of("Gold clusters are NIST topics spanning months or years, so they are matched at Storyline's "
                                + "storyline level; the story level splits a topic into its events and is expected to "
                                + "have high precision and lower recall here.",
                        "Lingo clusters the whole set at once (title + first " + LingoPeer.LEAD_CHARS + " characters), "
                                + "so unlike the one-pass systems it looks ahead; an article it leaves unclustered stands alone.",
                        "Storyline link sweep: the same prepared articles replayed (dedup and assignment only) with the "
                                + "story level as set, without adoption; rows are the TF-IDF share of the storyline link score, "
                                + "the rest MiniLM.",
                        "Named entities: the fact stage's people, organisations, places and groups by canonical name, "
                                + "TF-IDF weighted, as a share of the storyline link score (0 = off, the default).",
                        "Story merging: two live stories an arriving article could both join merge when they are at "
                                + "least as alike as the threshold (the younger into the older); the story level is where "
                                + "it acts, and both levels are shown.",
                        "Ceilings: the same article representation given what Storyline does not have. The oracle knows "
                                + "every other article's gold topic and the whole stream and picks the topic with the most "
                                + "similar centroid (leave-one-out); average linkage sees the whole stream and is cut where it "
                                + "scores best against gold. No one-pass clusterer of these features is expected above them.",
                        "Storyline settings: " + context.settings().cluster() + "."));
    }

    /** Story and storyline of each stream item, in stream order. */
    public record Levels(List<String> stories, List<String> storylines) {}

    public static Levels runStoryline(List<DucStream.Item> items, Settings settings) {
        return replay(prepare(items, settings), settings);
    }

    /**
     * The per-article stages (text, facts, the lead's embedding) once, in stream order; null for an item with no
     * article text (e.g. a bare distribution notice), which stands alone. Replays with other clustering settings
     * reuse them, so the sweep costs only dedup and assignment.
     */
    static List<StorySession.Prepared> prepare(List<DucStream.Item> items, Settings settings) {
        Storyline storyline = new Storyline(settings);
        StorySession session = storyline.session();
        List<StorySession.Prepared> out = new ArrayList<>();
        for (DucStream.Item item : items) {
            RawDocument doc = new RawDocument(item.id(), RawDocument.Format.TEXT, item.title() + "\n\n" + item.text(),
                    new DocumentHints(item.id(), null, item.title(), item.date().toString(), item.source()));
            try {
                out.add(session.prepare(storyline.extract(doc)));
            } catch (ExtractionException e) {
                out.add(null);
            }
        }
        return out;
    }

    /**
     * Storyline-level BCubed F1 (and cluster count) over the storyline link's threshold and TF-IDF share, the
     * story level left as set and no adoption of lone storylines: how the defaults were chosen, and how flat the optimum is (docs/CLUSTERING.md).
     */
    static EvalTable storylineSweep(List<StorySession.Prepared> prepared, Settings settings, List<String> gold) {
        double[] thresholds = {0.15, 0.20, 0.25, 0.30};
        List<String> header = new ArrayList<>(List.of("storyline text weight"));
        for (double t : thresholds) header.add("link at " + f2(t));
        List<List<String>> rows = new ArrayList<>();
        for (double weight : new double[]{0.55, 0.65, 0.75, 0.85}) {
            List<String> row = new ArrayList<>(List.of(f2(weight)));
            for (double t : thresholds) {
                ClusterSettings c = settings.cluster().withStorylineTextWeight(weight)
                        .withThresholds(settings.cluster().threshold(), t).withoutAdoption();
                ClusterMetrics.Scores s = ClusterMetrics.score(storylinesOnly(prepared, settings, c), gold);
                row.add(f3(s.bcubedF1()) + " (" + s.predicted() + ")");
            }
            rows.add(row);
        }
        return new EvalTable("Storyline link sweep: storyline-level BCubed F1 (clusters)", header, rows);
    }

    /**
     * The storyline of each item from dedup and assignment alone, as {@link StorySession} runs them, without
     * telling the stories (corroborate, summarize, timeline), which the sweep does not need.
     */
    static List<String> storylinesOnly(List<StorySession.Prepared> prepared, Settings settings, ClusterSettings cluster) {
        return assignOnly(prepared, settings, cluster).storylines();
    }

    /** Story and storyline of each item from dedup and assignment alone (see {@link #storylinesOnly}). */
    public static Levels assignOnly(List<StorySession.Prepared> prepared, Settings settings, ClusterSettings cluster) {
        ReuseDetector dedup = ReuseDetector.create(settings.dedup());
        StoryClusterer clusterer = StoryClusterer.create(cluster);
        for (StorySession.Prepared p : prepared) {
            if (p != null) clusterer.assign(p.analyzed(), dedup.add(p.analyzed()), p.embedding(), p.facts().entities());
        }
        // stories may have merged since an article joined, so its story is read from the final membership
        Map<String, String> storyOf = new HashMap<>();
        clusterer.membership().forEach((story, members) -> members.forEach(m -> storyOf.put(m, story)));
        List<String> stories = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            StorySession.Prepared p = prepared.get(i);
            String story = p == null ? null : storyOf.get(p.analyzed().id());
            stories.add(story == null ? "unextracted-" + i : story);
            lines.add(story == null ? "unextracted-" + i : clusterer.storylineOf(story));
        }
        return new Levels(stories, lines);
    }

    /** Storyline-level scores over the adoption of lone storylines, the rest of the settings as set. */
    static EvalTable adoptionSweep(List<StorySession.Prepared> prepared, Settings settings, List<String> gold) {
        ClusterSettings base = settings.cluster();
        List<List<String>> rows = new ArrayList<>();
        for (double t : new double[]{2.0, 0.19, 0.18, 0.17, 0.16, 0.15}) {
            ClusterSettings c = t >= 2.0 ? base.withoutAdoption() : base.withAdoption(t, base.adoptDays());
            ClusterMetrics.Scores s = ClusterMetrics.score(storylinesOnly(prepared, settings, c), gold);
            rows.add(List.of(t >= 2.0 ? "off" : f2(t), f3(s.bcubedP()), f3(s.bcubedR()),
                    f3(s.bcubedF1()), String.valueOf(s.predicted())));
        }
        return new EvalTable("Adoption of lone storylines after " + base.adoptDays() + " days: storyline level",
                List.of("adopt at", "BCubed P", "BCubed R", "BCubed F1", "clusters"), rows);
    }

    /**
     * Storyline-level BCubed F1 (clusters) over the named-entity share of the storyline link score, each with its
     * link threshold re-swept (the names' cosine runs lower than the words', so every share shifts the scale) and
     * adoption 0.02 below the link, as in the defaults.
     */
    static EvalTable entitySweep(List<StorySession.Prepared> prepared, Settings settings, List<String> gold) {
        double[] thresholds = {0.14, 0.16, 0.18, 0.20};
        List<String> header = new ArrayList<>(List.of("storyline entity share"));
        for (double t : thresholds) header.add("link at " + f2(t));
        List<List<String>> rows = new ArrayList<>();
        ClusterSettings base = settings.cluster();
        for (double share : new double[]{0.0, 0.1, 0.2, 0.3}) {
            List<String> row = new ArrayList<>(List.of(f2(share)));
            for (double t : thresholds) {
                ClusterSettings c = base.withEntityWeights(base.entityWeight(), share)
                        .withThresholds(base.threshold(), t).withAdoption(t - 0.02, base.adoptDays());
                ClusterMetrics.Scores s = ClusterMetrics.score(storylinesOnly(prepared, settings, c), gold);
                row.add(f3(s.bcubedF1()) + " (" + s.predicted() + ")");
            }
            rows.add(row);
        }
        return new EvalTable("Named entities in the storyline link: storyline-level BCubed F1 (clusters)", header, rows);
    }

    /** Story merging over its threshold: how many stories merge, what it does to both levels. */
    static EvalTable mergeSweep(List<StorySession.Prepared> prepared, Settings settings, List<String> gold) {
        List<List<String>> rows = new ArrayList<>();
        ClusterSettings base = settings.cluster();
        int unmerged = -1;
        for (double t : new double[]{2.0, 0.65, 0.60, 0.55, 0.50, 0.45}) {
            Levels levels = assignOnly(prepared, settings, base.withMergeThreshold(t));
            ClusterMetrics.Scores story = ClusterMetrics.score(levels.stories(), gold);
            ClusterMetrics.Scores line = ClusterMetrics.score(levels.storylines(), gold);
            if (unmerged < 0) unmerged = story.predicted();
            rows.add(List.of(t > 1 ? "off" : f2(t), String.valueOf(unmerged - story.predicted()), f3(story.bcubedP()),
                    f3(story.bcubedR()), f3(line.bcubedF1()), String.valueOf(line.predicted())));
        }
        return new EvalTable("Story merging: stories merged, story level, storyline level",
                List.of("merge at", "stories merged", "story BCubed P", "story BCubed R", "storyline BCubed F1",
                        "storylines"), rows);
    }

    /** One pass over the prepared stream with these settings: story and storyline of each item. */
    static Levels replay(List<StorySession.Prepared> prepared, Settings settings) {
        StorySession session = new Storyline(settings).session();
        List<String> ids = new ArrayList<>();
        for (StorySession.Prepared p : prepared) ids.add(p == null ? null : session.add(p).articleId());
        StoryRun run = session.snapshot();
        Map<String, String> story = new HashMap<>();
        Map<String, String> line = new HashMap<>();
        for (Story s : run.stories()) {
            for (String a : s.articleIds()) {
                story.put(a, s.id());
                line.put(a, s.storylineId());
            }
        }
        List<String> stories = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            stories.add(id == null ? "unextracted-" + i : story.get(id));
            lines.add(id == null ? "unextracted-" + i : line.get(id));
        }
        return new Levels(stories, lines);
    }

    private static List<String> row(String system, ClusterMetrics.Scores s) {
        return List.of(system, f3(s.bcubedP()), f3(s.bcubedR()), f3(s.bcubedF1()), f3(s.pairP()), f3(s.pairR()),
                f3(s.pairF1()), String.valueOf(s.predicted()), String.valueOf(s.gold()));
    }

    static String f3(double v) { return String.format(Locale.ROOT, "%.3f", v); }

    static String f2(double v) { return String.format(Locale.ROOT, "%.2f", v); }
}
