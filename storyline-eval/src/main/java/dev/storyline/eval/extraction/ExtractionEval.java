package dev.storyline.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import dev.storyline.domain.BodySource;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.extract.ExtractionSettings;
import net.dankito.readability4j.Readability4J;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Main-text extraction on the Article Extraction Benchmark's dev pages: Storyline's extractor beside boilerpipe's
 * ArticleExtractor and Readability4J, with the benchmark's shingle metric, speed, and publication-date accuracy.
 */
public final class ExtractionEval implements EvalTask {
    static final int SMOKE_PAGES = 10;
    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern META_DATE = Pattern.compile(
            "<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate)[\"'][^>]*content=[\"'](\\d{4}-\\d{2}-\\d{2})",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "extraction";
    }

    public record Page(String key, String url, String html, String gold) {}

    /**
     * The scored block alone, as the extractor was before it weighed other evidence: every rule that can overrule the
     * block is out of reach (a candidate still steps in when the block cleans to nothing).
     */
    static final ExtractionSettings SCORED_BLOCK_ALONE = new ExtractionSettings(100_000, 0.0, 100_000, 100_000, 0.0);
    static final int FOLDS = 5;
    static final int WARM_UP_PAGES = 20;

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        Path dir = context.dataDir().resolve("extraction/aeb-dev");
        List<Page> pages = load(dir, context.smoke() ? SMOKE_PAGES : Integer.MAX_VALUE);
        ArticleExtractor storyline = ArticleExtractor.standard();
        Map<String, BiFunction<String, String, String>> systems = new LinkedHashMap<>();
        systems.put("Storyline", storylineText(storyline));
        systems.put("Storyline, scored block alone", storylineText(ArticleExtractor.standard(SCORED_BLOCK_ALONE)));
        systems.put("boilerpipe ArticleExtractor 1.2.2", (html, url) -> {
            try {
                return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html);
            } catch (Exception e) {
                return "";
            }
        });
        systems.put(READABILITY, (html, url) -> {
            try {
                String t = new Readability4J(url == null ? "https://example.org/" : url, html).parse().getTextContent();
                return t == null ? "" : t;
            } catch (Exception e) {
                return "";
            }
        });
        // every system warms up on the same pages, then all take each page in turn, so none is timed while the JIT
        // compiles code the others share (jsoup) and none gains from running last
        for (BiFunction<String, String, String> system : systems.values()) {
            for (Page p : pages.subList(0, Math.min(WARM_UP_PAGES, pages.size()))) system.apply(p.html(), p.url());
        }
        Map<String, List<ShingleMetric.Page>> scoredBy = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String system : systems.keySet()) {
            scoredBy.put(system, new ArrayList<>());
            nanos.put(system, 0L);
        }
        for (Page p : pages) {
            for (Map.Entry<String, BiFunction<String, String, String>> e : systems.entrySet()) {
                long start = System.nanoTime();
                String text = e.getValue().apply(p.html(), p.url());
                nanos.merge(e.getKey(), System.nanoTime() - start, Long::sum);
                scoredBy.get(e.getKey()).add(ShingleMetric.page(p.gold(), text));
            }
        }
        Map<String, Double> pagesPerSecond = new LinkedHashMap<>();
        nanos.forEach((system, n) -> pagesPerSecond.put(system, pages.size() / (n / 1e9)));
        List<String> peers = List.of("boilerpipe ArticleExtractor 1.2.2", READABILITY);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<ShingleMetric.Page>> e : scoredBy.entrySet()) {
            List<ShingleMetric.Page> scored = e.getValue();
            ShingleMetric.Scores s = ShingleMetric.score(scored, context.seed());
            int lostToPeer = 0;
            for (int i = 0; i < scored.size(); i++) {
                int page = i;
                if (scored.get(i).f1() == 0 && peers.stream().anyMatch(peer -> scoredBy.get(peer).get(page).f1() >= 0.5)) lostToPeer++;
            }
            rows.add(List.of(e.getKey(), f3(s.f1()) + " ± " + f3(s.f1Std()), f3(s.precision()), f3(s.recall()), f3(s.accuracy()),
                    String.valueOf(below(scored, 0.5)), String.valueOf(below(scored, 1e-9)), String.valueOf(lostToPeer),
                    String.format(Locale.ROOT, "%.0f", pagesPerSecond.get(e.getKey()))));
        }

        Map<BodySource, Integer> sources = new EnumMap<>(BodySource.class);
        int withGold = 0;
        int correct = 0;
        for (Page p : pages) {
            String gold = goldDate(p.html());
            try {
                Article a = storyline.extract(document(p));
                sources.merge(a.bodySource(), 1, Integer::sum);
                if (gold != null && a.published() != null && a.published().toString().equals(gold)) correct++;
            } catch (ExtractionException ignored) {
                // no article: no source, and a miss where the page has a gold date
            }
            if (gold != null) withGold++;
        }
        List<List<String>> sourceRows = new ArrayList<>();
        sources.forEach((source, n) -> sourceRows.add(List.of(source.name(), String.valueOf(n))));

        LeaveSomeOut held = leaveSomeOut(pages, context.seed());
        return new EvalReport(name(), "Extraction: main text of real news pages (Article Extraction Benchmark, dev half)",
                pages.size() + " pages of extraction/aeb-dev" + (context.smoke() ? " (smoke subset)" : ""),
                List.of(new EvalTable("", List.of("system", "F1 ± bootstrap sd", "precision", "recall", "accuracy",
                                "pages below F1 0.5", "pages at F1 0", "at 0 where a peer has >= 0.5", "pages/s"), rows),
                        new EvalTable("Leave-some-out: the extraction settings chosen on " + (FOLDS - 1) + " of " + FOLDS
                                + " parts of these pages, scored on the part left out, for each part in turn",
                                List.of("system", "F1 ± bootstrap sd (pages left out, pooled)", "pages below F1 0.5",
                                        "settings chosen (folds agreeing)", "grid"),
                                List.of(List.of("Storyline", f3(held.scores().f1()) + " ± " + f3(held.scores().f1Std()),
                                        String.valueOf(below(held.pages(), 0.5)), held.chosen(), String.valueOf(GRID.size())))),
                        new EvalTable("Which evidence gave Storyline's text", List.of("body source", "pages"), sourceRows),
                        new EvalTable("Publication date found and correct to the day", List.of("pages with a gold date", "correct", "share"),
                                List.of(List.of(String.valueOf(withGold), String.valueOf(correct),
                                        f3(withGold == 0 ? 0 : correct / (double) withGold))))),
                List.of("Metric: the benchmark's 4-gram shingle precision/recall (README of the data folder), F1 of the averages; "
                                + "a page's own F1 (for the page counts) is that of its precision and recall.",
                        "Tuning: the candidate rules and their defaults (ExtractionSettings) were written looking at these pages; "
                                + "the leave-some-out row says how the settings fare on pages they were not chosen on. "
                                + "The held-out half of the benchmark is their test.",
                        "Published on all 181 pages: trafilatura 2.0.0 F1 0.958, Readability.js 0.947, boilerpipe 0.860.",
                        "Gold dates: the page's own JSON-LD datePublished, else its article:published_time/datePublished meta "
                                + "tag, read with a regular expression independent of the extractor; pages with neither are left out."));
    }

    private static final String READABILITY = "Readability4J 1.0.8";

    /**
     * The settings the leave-some-out estimate chooses among: each threshold at, below and above its default, the
     * defaults first so that a tie keeps them.
     */
    static final List<ExtractionSettings> GRID = grid();

    private static List<ExtractionSettings> grid() {
        List<ExtractionSettings> out = new ArrayList<>(List.of(ExtractionSettings.DEFAULTS));
        for (int declared : new int[]{0, 150, 500}) {
            for (double part : new double[]{0.3, 0.5, 0.7}) {
                for (int missed : new int[]{500, 1000, 2000}) {
                    for (double holds : new double[]{0.6, 0.8}) {
                        ExtractionSettings s = new ExtractionSettings(declared, part, missed, 50, holds);
                        if (!s.equals(ExtractionSettings.DEFAULTS)) out.add(s);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    record LeaveSomeOut(List<ShingleMetric.Page> pages, ShingleMetric.Scores scores, String chosen) {}

    /**
     * Each page scored by the settings that did best on the other folds (pages dealt to folds in key order), ties
     * going to the earlier setting in the grid (the defaults come first); the pooled pages left out are the estimate.
     */
    static LeaveSomeOut leaveSomeOut(List<Page> pages, long seed) {
        List<List<ShingleMetric.Page>> bySetting = GRID.parallelStream().map(settings -> {
            BiFunction<String, String, String> system = storylineText(ArticleExtractor.standard(settings));
            List<ShingleMetric.Page> scored = new ArrayList<>();
            for (Page p : pages) scored.add(ShingleMetric.page(p.gold(), system.apply(p.html(), p.url())));
            return scored;
        }).toList();
        ShingleMetric.Page[] heldOut = new ShingleMetric.Page[pages.size()];
        Map<ExtractionSettings, Integer> chosen = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int best = 0;
            double bestF1 = -1;
            for (int g = 0; g < GRID.size(); g++) {
                List<ShingleMetric.Page> train = new ArrayList<>();
                for (int i = 0; i < pages.size(); i++) if (i % FOLDS != fold) train.add(bySetting.get(g).get(i));
                double f1 = ShingleMetric.f1(train);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = g;
                }
            }
            for (int i = fold; i < pages.size(); i += FOLDS) heldOut[i] = bySetting.get(best).get(i);
            chosen.merge(GRID.get(best), 1, Integer::sum);
        }
        List<ShingleMetric.Page> pooled = List.of(heldOut);
        StringBuilder said = new StringBuilder();
        chosen.forEach((settings, n) -> said.append(said.length() == 0 ? "" : "; ").append(describe(settings)).append(" (").append(n).append(')'));
        return new LeaveSomeOut(pooled, ShingleMetric.score(pooled, seed), said.toString());
    }

    private static String describe(ExtractionSettings s) {
        return String.format(Locale.ROOT, "declared %d, part %.1f, missed %d, holds %.1f",
                s.minDeclaredChars(), s.partOfWhole(), s.minMissedChars(), s.jsonLdHolds());
    }

    private static int below(List<ShingleMetric.Page> pages, double f1) {
        return (int) pages.stream().filter(p -> p.f1() < f1).count();
    }

    private static RawDocument document(Page p) {
        return new RawDocument(p.key(), RawDocument.Format.HTML, p.html(),
                new DocumentHints(null, p.url(), null, null, null));
    }

    private static BiFunction<String, String, String> storylineText(ArticleExtractor extractor) {
        return (html, url) -> {
            try {
                // a page without a URL still needs a source to name it by
                return extractor.extract(new RawDocument(url == null ? "page without a url" : url, RawDocument.Format.HTML, html,
                        new DocumentHints(null, url, null, null, null))).text();
            } catch (ExtractionException e) {
                return "";
            }
        };
    }

    static String goldDate(String html) {
        Matcher m = JSONLD_DATE.matcher(html);
        if (m.find()) return m.group(1);
        m = META_DATE.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    public static List<Page> load(Path dir, int max) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) keys.add(it.next());
        keys.sort(String::compareTo);
        for (String key : keys) {
            if (pages.size() >= max) break;
            Path file = dir.resolve("html/" + key + ".html.gz");
            if (!Files.exists(file)) continue;
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            JsonNode t = truth.get(key);
            pages.add(new Page(key, t.path("url").asText(null), html, t.path("articleBody").asText("")));
        }
        return pages;
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
