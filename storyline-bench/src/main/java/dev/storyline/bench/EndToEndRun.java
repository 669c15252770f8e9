package dev.storyline.bench;

import dev.storyline.StageTimings;
import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.RawDocument;
import dev.storyline.extract.ExtractionException;
import dev.storyline.settings.Settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One end-to-end run over the replayed dev stream: each article is extracted, goes through the per-article
 * stages and its story is told again, as a server would do on arrival. The arrival-to-story latency is the
 * wall time of those three steps for that article.
 */
final class EndToEndRun {
    record Result(int articles, int stories, double seconds, Map<String, Long> stageNanos, long extractNanos,
                  double p50Millis, double p99Millis, long peakHeap, long liveHeap, long peakResident, int rejected) {
        double articlesPerSecond() { return articles / seconds; }
    }

    private EndToEndRun() {}

    /**
     * @param tellEvery tell the article's story again after every n-th article of it arrives (1 = always);
     *                  the latency of the others is the per-article stages only
     */
    static Result run(List<DevCorpus.Item> corpus, int n, Settings settings, int tellEvery) {
        Memory.resetPeaks();
        Storyline storyline = new Storyline(settings);
        StorySession session = storyline.session();
        Latencies latencies = new Latencies();
        long extractNanos = 0;
        int rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            RawDocument doc = DevCorpus.replayed(corpus, i);
            long t0 = System.nanoTime();
            Article article;
            try {
                article = storyline.extract(doc);
            } catch (ExtractionException e) {
                rejected++;
                continue;
            }
            long t1 = System.nanoTime();
            extractNanos += t1 - t0;
            Assignment assignment = session.add(article);
            if (tellEvery <= 1 || i % tellEvery == 0) session.story(assignment.storyId());
            latencies.add(System.nanoTime() - t0);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = Memory.peakHeap();
        long peakResident = Memory.peakResident();
        int stories = session.storyCount();
        long liveHeap = Memory.liveHeap();
        StageTimings timings = session.timings();
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        stageNanos.put("extract", extractNanos);
        stageNanos.putAll(timings.nanos());
        return new Result(n - rejected, stories, seconds, stageNanos, extractNanos, latencies.quantileMillis(0.5),
                latencies.quantileMillis(0.99), peakHeap, liveHeap, peakResident, rejected);
    }
}
