package dev.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.corroborate.Corroborator;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.facts.FactExtractor;
import dev.storyline.settings.Settings;
import dev.storyline.summarize.Summarizer;
import dev.storyline.text.TextAnalyzer;
import dev.storyline.timeline.TimelineBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What it costs to tell (corroborate, summarize, date) one story of 10, 100 or 1,000 articles from scratch, as
 * when a story is re-told after an arrival. The story is a real DUC 2006 cluster (25 newswire articles on one
 * topic) replayed with fresh ids up to the size, so bigger stories carry more copies, as wire-heavy stories do.
 */
final class StoryTellRun {
    record Result(int articles, double corroborateMillis, double summarizeMillis, double timelineMillis) {
        double totalMillis() { return corroborateMillis + summarizeMillis + timelineMillis; }
    }

    static final String CLUSTERS = "summarization/duc2006/duc2006.jsonl";
    private static final int REPEATS = 5;

    private StoryTellRun() {}

    static List<Result> run(Path dataDir, List<Integer> sizes, Settings settings) throws IOException {
        String first = Files.readAllLines(dataDir.resolve(CLUSTERS), StandardCharsets.UTF_8).get(0);
        JsonNode docs = new ObjectMapper().readTree(first).get("docs");
        TextAnalyzer analyzer = TextAnalyzer.standard();
        FactExtractor factExtractor = FactExtractor.standard();
        int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<AnalyzedArticle> articles = new ArrayList<>();
        List<ArticleFacts> facts = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            JsonNode d = docs.get(i % docs.size());
            String id = "tell-" + i;
            Article a = new Article(id, "bench:" + id, null, d.path("title").asText(""), "Outlet " + (i % 7), null,
                    LocalDate.of(2000, 1, 1).plusDays(i % 30), List.of(), d.path("text").asText(""), List.of(), id);
            AnalyzedArticle analyzed = analyzer.analyze(a);
            articles.add(analyzed);
            facts.add(factExtractor.extract(analyzed));
        }
        Corroborator corroborator = Corroborator.standard(settings.corroboration());
        Summarizer summarizer = Summarizer.standard(settings.summary());
        TimelineBuilder timeline = TimelineBuilder.standard();
        List<Result> out = new ArrayList<>();
        for (int n : sizes) {
            StoryMaterial story = new StoryMaterial("s" + n, "s" + n, articles.subList(0, n), facts.subList(0, n), List.of(), List.of());
            long[][] nanos = new long[3][REPEATS];
            for (int r = -1; r < REPEATS; r++) { // one warm-up round
                long t0 = System.nanoTime();
                List<Claim> claims = corroborator.corroborate(story);
                long t1 = System.nanoTime();
                summarizer.summarize(story, claims);
                long t2 = System.nanoTime();
                timeline.build(story);
                long t3 = System.nanoTime();
                if (r < 0) continue;
                nanos[0][r] = t1 - t0;
                nanos[1][r] = t2 - t1;
                nanos[2][r] = t3 - t2;
            }
            out.add(new Result(n, median(nanos[0]), median(nanos[1]), median(nanos[2])));
        }
        return out;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
