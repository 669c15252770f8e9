package dev.storyline.eval.events;

import dev.storyline.cluster.ClusterSettings;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.clustering.ClusterMetrics;
import dev.storyline.settings.Settings;
import dev.storyline.text.Languages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.storyline.eval.events.NewsEventsEval.f2;
import static dev.storyline.eval.events.NewsEventsEval.f3;

/**
 * Stories across languages (issue 21): do non-English pages land in their event's story? Scored on news-events dev
 * alone and on dev with {@code dev-languages.jsonl} (62 more pages, none in English), the development set for
 * stories across languages. A page lands in its event's story when its story is the one holding most of its
 * event's pages (the first such in page order on a tie) and holds at least one other page of the event.
 */
final class AcrossLanguages {
    private AcrossLanguages() {}

    /** Which pages are in their event's main story (page order). */
    static List<Boolean> inEventStory(List<NewsEventPages.Page> pages, List<String> stories) {
        Map<String, Map<String, Integer>> countsByEvent = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            countsByEvent.computeIfAbsent(pages.get(i).event(), k -> new LinkedHashMap<>()).merge(stories.get(i), 1, Integer::sum);
        }
        Map<String, String> main = new HashMap<>();
        countsByEvent.forEach((event, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
            if (counts.get(best) >= 2) main.put(event, best);
        });
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) out.add(stories.get(i).equals(main.get(pages.get(i).event())));
        return out;
    }

    /** One row per file set: non-English pages in their event's story, story F1 over all pages and English ones. */
    static List<String> row(String name, List<NewsEventPages.Page> pages, List<String> stories) {
        List<Boolean> in = inEventStory(pages, stories);
        int other = 0;
        int landed = 0;
        List<String> en = new ArrayList<>();
        List<String> enGold = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).english()) {
                en.add(stories.get(i));
                enGold.add(pages.get(i).event());
                continue;
            }
            other++;
            if (in.get(i)) landed++;
        }
        List<String> gold = pages.stream().map(NewsEventPages.Page::event).toList();
        ClusterMetrics.Scores all = ClusterMetrics.score(stories, gold);
        ClusterMetrics.Scores english = ClusterMetrics.score(en, enGold);
        return List.of(name, String.valueOf(pages.size()), landed + " of " + other + " (" + pct(landed, other) + ")",
                f3(all.bcubedP()), f3(all.bcubedR()), f3(all.bcubedF1()), String.valueOf(all.predicted()),
                f3(english.bcubedF1()), NewsEventsEval.pairsApart(pages, p -> true, stories, gold));
    }

    static EvalTable summary(List<List<String>> rows) {
        return new EvalTable("Stories across languages: non-English pages in their event's story",
                List.of("pages fed", "pages", "non-English pages in their event's story", "story BCubed P",
                        "story BCubed R", "story BCubed F1", "stories", "English story BCubed F1", "confusable pairs apart"), rows);
    }

    /** By the page's gold language: pages, how many landed, and the ones that did not. */
    static EvalTable byLanguage(List<NewsEventPages.Page> pages, List<String> stories) {
        List<Boolean> in = inEventStory(pages, stories);
        Map<String, List<Integer>> byLang = new TreeMap<>();
        for (int i = 0; i < pages.size(); i++) byLang.computeIfAbsent(pages.get(i).lang(), k -> new ArrayList<>()).add(i);
        List<List<String>> rows = new ArrayList<>();
        byLang.forEach((lang, idx) -> {
            List<String> missed = new ArrayList<>();
            for (int i : idx) if (!in.get(i)) missed.add(pages.get(i).id());
            int landed = idx.size() - missed.size();
            rows.add(List.of(Languages.name(lang) + " (" + lang + ")", String.valueOf(idx.size()),
                    landed + " (" + pct(landed, idx.size()) + ")", missed.isEmpty() ? "-" : String.join(" ", missed)));
        });
        return new EvalTable("Stories across languages, by language (dev and dev-languages)",
                List.of("language", "pages", "in their event's story", "not in it"), rows);
    }

    /**
     * One number of the cross-language score, as the sweep and the folds vary it: its name in the tables, the values
     * tried, the value that turns its part off (shown as "off") and how a value is read and set.
     */
    record Knob(String name, double[] values, double off, java.util.function.ToDoubleFunction<ClusterSettings> get,
                java.util.function.BiFunction<ClusterSettings, Double, ClusterSettings> set) {
        ClusterSettings with(ClusterSettings c, double value) {
            return set.apply(c, value);
        }
    }

    /** The weight of shared names and numbers ({@code cluster.crossLanguageWeight}). */
    static final Knob ANCHORS = new Knob("cross-language weight", new double[]{0.0, 0.6, 0.8, 1.0, 1.2, 1.5}, 0.0,
            ClusterSettings::crossLanguageWeight, (c, w) -> c.toBuilder().crossLanguageWeight(w).build());
    /** The weight of words shared in English through the dictionaries ({@code cluster.glossWeight}). */
    static final Knob GLOSSES = new Knob("gloss weight", new double[]{0.0, 1.0, 2.0, 3.0, 4.0, 5.0}, 0.0,
            ClusterSettings::glossWeight, (c, w) -> c.toBuilder().glossWeight(w).build());

    /** How far the best cross-language score must lead the runner-up ({@code cluster.crossLanguageLead}). */
    static final Knob LEAD = new Knob("cross-language lead", new double[]{1.0, 1.5, 2.0, 2.5, 3.0}, 1.0,
            ClusterSettings::crossLanguageLead, (c, w) -> c.toBuilder().crossLanguageLead(w).build());

    /** How alike a runner-up must be to the best story to be no rival ({@code cluster.crossLanguageRivalSimilarity}). */
    static final Knob RIVALS = new Knob("rival similarity", new double[]{0.25, 0.3, 0.35, 0.4, 0.45, 2.0}, 2.0,
            ClusterSettings::crossLanguageRivalSimilarity, (c, w) -> c.toBuilder().crossLanguageRivalSimilarity(w).build());

    /** How much more names and numbers count for a language no dictionary reads ({@code cluster.namesOnlyWeight}). */
    static final Knob NAMES_ONLY = new Knob("names-only weight", new double[]{1.0, 1.3, 1.6, 2.0, 2.5, 3.0}, 1.0,
            ClusterSettings::namesOnlyWeight, (c, w) -> c.toBuilder().namesOnlyWeight(w).build());

    /** The knob swept on both files, the rest as set. */
    static EvalTable sweep(List<NewsEventPages.Page> pages, Settings settings, Knob knob) {
        NewsEventsEval.Prepared prepared = NewsEventsEval.prepare(pages, settings);
        List<List<String>> rows = new ArrayList<>();
        for (double w : knob.values()) {
            ClusterSettings c = knob.with(settings.cluster(), w);
            rows.add(row(w == knob.off() ? "off" : f2(w), pages, NewsEventsEval.replay(pages, prepared, settings, c)));
        }
        List<String> header = new ArrayList<>(summary(List.of()).columns());
        header.set(0, knob.name());
        return new EvalTable(capitalised(knob.name()) + " sweep (dev and dev-languages)", header, rows);
    }

    /**
     * The knob's value chosen on one fold of events (best all-pages story F1 over both files), scored on the other,
     * beside the default: the held-out reading of a number tuned here.
     */
    static EvalTable folds(List<NewsEventPages.Page> pages, Settings settings, Knob knob) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> testEvents : NewsEventsEval.FOLDS) {
            List<NewsEventPages.Page> test = pages.stream().filter(p -> testEvents.contains(p.event())).toList();
            List<NewsEventPages.Page> tune = pages.stream().filter(p -> !testEvents.contains(p.event())).toList();
            NewsEventsEval.Prepared tunePrepared = NewsEventsEval.prepare(tune, settings);
            double best = 0;
            double bestF1 = -1;
            for (double w : knob.values()) {
                ClusterSettings c = knob.with(settings.cluster(), w);
                List<String> gold = tune.stream().map(NewsEventPages.Page::event).toList();
                double f1 = ClusterMetrics.score(NewsEventsEval.replay(tune, tunePrepared, settings, c), gold).bcubedF1();
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = w;
                }
            }
            NewsEventsEval.Prepared testPrepared = NewsEventsEval.prepare(test, settings);
            for (boolean defaults : new boolean[]{false, true}) {
                ClusterSettings c = defaults ? settings.cluster() : knob.with(settings.cluster(), best);
                List<String> r = new ArrayList<>(row(String.join(" ", testEvents), test, NewsEventsEval.replay(test, testPrepared, settings, c)));
                r.add(1, defaults ? "default " + f2(knob.get().applyAsDouble(settings.cluster()))
                        : "chosen on the other fold: " + f2(best));
                rows.add(r);
            }
        }
        List<String> header = new ArrayList<>(summary(List.of()).columns());
        header.set(0, "scored on events");
        header.add(1, knob.name());
        return new EvalTable(capitalised(knob.name()) + ", held-out folds (dev and dev-languages): the value chosen on one fold, scored on the other",
                header, rows);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pct(int k, int n) {
        return n == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * k / n);
    }
}
