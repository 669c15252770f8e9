package dev.storyline.eval.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Attribution;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.facts.AttributionExtractor;
import dev.storyline.text.TextAnalyzer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Attribution on PolNeAR dev: exact-match and overlap precision/recall/F1 for Source, Cue and Content spans.
 * Where an article has several annotators, the first annotation file (by name) is the gold.
 */
public final class AttributionEval implements EvalTask {
    static final int SMOKE_DOCS = 8;
    static final List<String> ROLES = List.of("Source", "Cue", "Content");

    @Override
    public String name() {
        return "facts/attribution";
    }

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        Path dir = context.dataDir().resolve("facts/polnear/dev");
        Map<String, Path> annotations = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String article = f.getFileName().toString().replaceFirst("_[^_]+\\.ann$", "");
                annotations.putIfAbsent(article, f);
            }
        }
        TextAnalyzer analyzer = TextAnalyzer.standard();
        AttributionExtractor extractor = new AttributionExtractor();
        Map<String, int[]> exact = new LinkedHashMap<>();
        Map<String, int[]> overlap = new LinkedHashMap<>();
        for (String role : ROLES) {
            exact.put(role, new int[4]);
            overlap.put(role, new int[4]);
        }
        int docs = 0;
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path textFile = dir.resolve("text/" + e.getKey() + ".txt");
            if (!Files.exists(textFile)) continue;
            if (context.smoke() && docs >= SMOKE_DOCS) break;
            docs++;
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Map<String, List<SpanScores.Span>> gold = gold(e.getValue());
            Article a = new Article(e.getKey(), e.getKey(), null, "", null, null, null, List.of(), text, List.of(), e.getKey());
            AnalyzedArticle an = analyzer.analyze(a);
            Map<String, List<SpanScores.Span>> predicted = new LinkedHashMap<>();
            ROLES.forEach(r -> predicted.put(r, new ArrayList<>()));
            for (Attribution at : extractor.extract(an)) {
                predicted.get("Source").add(new SpanScores.Span(at.source().start(), at.source().end(), ""));
                predicted.get("Cue").add(new SpanScores.Span(at.cue().start(), at.cue().end(), ""));
                predicted.get("Content").add(new SpanScores.Span(at.content().start(), at.content().end(), ""));
            }
            for (String role : ROLES) {
                count(predicted.get(role), gold.getOrDefault(role, List.of()), exact.get(role), true);
                count(predicted.get(role), gold.getOrDefault(role, List.of()), overlap.get(role), false);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String role : ROLES) {
            int[] x = exact.get(role);
            int[] o = overlap.get(role);
            List<String> row = new ArrayList<>();
            row.add(role);
            row.addAll(SpanScores.Prf.of(x[0], x[1], x[2], x[3]).cells());
            row.add(SpanScores.pct(SpanScores.Prf.of(o[0], o[1], o[2], o[3]).f()));
            rows.add(row);
        }
        return new EvalReport(name(), "Facts: attribution (PolNeAR dev)",
                docs + " articles of facts/polnear/dev" + (context.smoke() ? " (smoke subset)" : ""),
                List.of(new EvalTable("Storyline's AttributionExtractor (rules), exact span match",
                        List.of("role", "P", "R", "F1 exact", "F1 overlap"), rows)),
                List.of("Published on PolNeAR test, exact F1 Source/Cue/Content: CRF 50.6 / 53.4 / 28.6; CofeNet (best) 83.2 / 75.3 / 72.9."));
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
