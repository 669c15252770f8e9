package dev.storyline.eval.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Attribution;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.facts.AttributionExtractor;
import dev.storyline.facts.AttributionTagger;
import dev.storyline.text.TextAnalyzer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Attribution on PolNeAR dev: exact-match and overlap precision/recall/F1 for Source, Cue and Content spans, for
 * the rules and for the tagger trained on PolNeAR train in the same run.
 * Where an article has several annotators, the first annotation file (by name) is the gold.
 */
public final class AttributionEval implements EvalTask {
    static final int SMOKE_DOCS = 8;
    static final int SMOKE_TRAIN_DOCS = 30;
    /** GIS iterations: OpenNLP's default; 200 did no better on dev (exact F1 64.1 / 62.1 / 43.9). */
    static final int ITERATIONS = 100;
    static final List<String> ROLES = List.of("Source", "Cue", "Content");

    @Override
    public String name() {
        return "facts/attribution";
    }

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        Path polnear = context.dataDir().resolve("facts/polnear");
        List<Annotated> dev = load(polnear.resolve("dev"), context.smoke() ? SMOKE_DOCS : Integer.MAX_VALUE);
        List<Annotated> train = load(polnear.resolve("train"), context.smoke() ? SMOKE_TRAIN_DOCS : Integer.MAX_VALUE);
        long start = System.nanoTime();
        AttributionTagger tagger = AttributionTagger.train(train.stream()
                .map(a -> new AttributionTagger.Example(a.article(), a.goldSpans())).toList(), context.smoke() ? 10 : ITERATIONS);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        AttributionExtractor rules = new AttributionExtractor();
        Map<String, List<String>> byRules = score(dev, a -> roles(rules.extract(a)));
        Map<String, List<String>> inPipeline = score(dev, a -> roles(tagger.attributions(a)));
        Map<String, List<String>> byTagger = score(dev, a -> {
            Map<String, List<SpanScores.Span>> predicted = emptyRoles();
            for (AttributionTagger.RoleSpan s : tagger.tag(a)) {
                predicted.get(ROLES.get(s.role().ordinal())).add(new SpanScores.Span(s.start(), s.end(), ""));
            }
            return predicted;
        });
        List<List<String>> rows = new ArrayList<>();
        for (String role : ROLES) {
            rows.add(row("rules (AttributionExtractor)", role, byRules.get(role)));
            rows.add(row("trained tagger (AttributionTagger, PolNeAR train)", role, byTagger.get(role)));
            rows.add(row("rules, then the tagger where no rule matched (the pipeline with --attribution-model)", role, inPipeline.get(role)));
        }
        return new EvalReport(name(), "Facts: attribution (PolNeAR dev)",
                dev.size() + " articles of facts/polnear/dev; the tagger trained on " + train.size()
                        + " articles of facts/polnear/train (" + (context.smoke() ? 10 : ITERATIONS) + " GIS iterations, "
                        + String.format(java.util.Locale.ROOT, "%.0f s", trainSeconds) + ")" + (context.smoke() ? " (smoke subset)" : ""),
                List.of(new EvalTable("Exact span match (and overlap F1)",
                        List.of("system", "role", "P", "R", "F1 exact", "F1 overlap"), rows)),
                List.of("Published on PolNeAR test, exact F1 Source/Cue/Content: CRF 50.6 / 53.4 / 28.6; CofeNet (best) 83.2 / 75.3 / 72.9.",
                        "The tagger is a maximum-entropy Markov model over tokens of a paragraph (words, POS tags, quotation state, "
                                + "distance to a reporting verb, and the rules' own labels as features), decoded with Viterbi; "
                                + "it is trained in this run, and no model trained on PolNeAR ships with Storyline (the data has no licence)."));
    }

    private static List<String> row(String system, String role, List<String> cells) {
        List<String> row = new ArrayList<>();
        row.add(system);
        row.add(role);
        row.addAll(cells);
        return row;
    }

    private static Map<String, List<SpanScores.Span>> roles(List<Attribution> attributions) {
        Map<String, List<SpanScores.Span>> predicted = emptyRoles();
        for (Attribution at : attributions) {
            predicted.get("Source").add(new SpanScores.Span(at.source().start(), at.source().end(), ""));
            predicted.get("Cue").add(new SpanScores.Span(at.cue().start(), at.cue().end(), ""));
            predicted.get("Content").add(new SpanScores.Span(at.content().start(), at.content().end(), ""));
        }
        return predicted;
    }

    private static Map<String, List<SpanScores.Span>> emptyRoles() {
        Map<String, List<SpanScores.Span>> predicted = new LinkedHashMap<>();
        ROLES.forEach(r -> predicted.put(r, new ArrayList<>()));
        return predicted;
    }

    /** Per role: P, R, exact F1 and overlap F1 cells of one system over the articles. */
    private static Map<String, List<String>> score(List<Annotated> articles,
                                                   Function<AnalyzedArticle, Map<String, List<SpanScores.Span>>> system) {
        Map<String, int[]> exact = new LinkedHashMap<>();
        Map<String, int[]> overlap = new LinkedHashMap<>();
        for (String role : ROLES) {
            exact.put(role, new int[4]);
            overlap.put(role, new int[4]);
        }
        for (Annotated a : articles) {
            Map<String, List<SpanScores.Span>> predicted = system.apply(a.article());
            for (String role : ROLES) {
                count(predicted.get(role), a.gold().getOrDefault(role, List.of()), exact.get(role), true);
                count(predicted.get(role), a.gold().getOrDefault(role, List.of()), overlap.get(role), false);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String role : ROLES) {
            int[] x = exact.get(role);
            int[] o = overlap.get(role);
            List<String> cells = new ArrayList<>(SpanScores.Prf.of(x[0], x[1], x[2], x[3]).cells());
            cells.add(SpanScores.pct(SpanScores.Prf.of(o[0], o[1], o[2], o[3]).f()));
            out.put(role, cells);
        }
        return out;
    }

    /** An article of a PolNeAR split, analysed, with the first annotator's spans by role. */
    public record Annotated(AnalyzedArticle article, Map<String, List<SpanScores.Span>> gold) {
        public List<AttributionTagger.RoleSpan> goldSpans() {
            List<AttributionTagger.RoleSpan> out = new ArrayList<>();
            gold.forEach((role, spans) -> spans.forEach(s ->
                    out.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.values()[ROLES.indexOf(role)], s.start(), s.end()))));
            return out;
        }
    }

    /** The articles of a split with their first annotation file (by name), as the gold. */
    public static List<Annotated> load(Path split, int max) throws Exception {
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                annotations.putIfAbsent(f.getFileName().toString().replaceFirst("_[^_]+\\.ann$", ""), f);
            }
        }
        TextAnalyzer analyzer = TextAnalyzer.standard();
        List<Annotated> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            if (out.size() >= max) break;
            Path textFile = split.resolve("text/" + e.getKey() + ".txt");
            if (!Files.exists(textFile)) continue;
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Article a = new Article(e.getKey(), e.getKey(), null, "", null, null, null, List.of(), text, List.of(), e.getKey());
            out.add(new Annotated(analyzer.analyze(a), gold(e.getValue())));
        }
        return out;
    }

    /** {matched predicted, predicted, matched gold, gold}. */
    private static void count(List<SpanScores.Span> predicted, List<SpanScores.Span> gold, int[] acc, boolean exact) {
        acc[1] += predicted.size();
        acc[3] += gold.size();
        for (SpanScores.Span p : predicted) {
            if (gold.stream().anyMatch(g -> exact ? g.start() == p.start() && g.end() == p.end() : g.overlaps(p))) acc[0]++;
        }
        for (SpanScores.Span g : gold) {
            if (predicted.stream().anyMatch(p -> exact ? g.start() == p.start() && g.end() == p.end() : g.overlaps(p))) acc[2]++;
        }
    }

    static Map<String, List<SpanScores.Span>> gold(Path ann) throws Exception {
        Map<String, List<SpanScores.Span>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            if (!line.startsWith("T")) continue;
            String[] parts = line.split("\t");
            if (parts.length < 2) continue;
            String[] head = parts[1].split(" ", 2);
            if (!ROLES.contains(head[0]) || head.length < 2) continue;
            String[] ranges = head[1].split(";");
            int start = Integer.parseInt(ranges[0].trim().split(" ")[0]);
            String[] lastRange = ranges[ranges.length - 1].trim().split(" ");
            int end = Integer.parseInt(lastRange[lastRange.length - 1]);
            out.computeIfAbsent(head[0], k -> new ArrayList<>()).add(new SpanScores.Span(start, end, ""));
        }
        return out;
    }
}
