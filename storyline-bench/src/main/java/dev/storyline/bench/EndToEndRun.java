package dev.storyline.bench;

import dev.storyline.StageTimings;
import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Story;
import dev.storyline.extract.ExtractionException;
import dev.storyline.settings.Settings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * One end-to-end run over the replayed dev stream, as a server under full load would do it: worker threads
 * extract and prepare the next articles ahead (every stage that needs the article alone); one thread adds
 * them in arrival order (dedup and assignment, the only stages that depend on order) and hands the telling of
 * each article's story (corroborate, summarize, timeline) back to the workers. The arrival-to-story latency
 * runs from the start of an article's extraction to its story told, so it includes the wait for the articles
 * before it.
 */
final class EndToEndRun {
    record Result(int articles, int stories, int retired, double seconds, Map<String, Long> stageNanos,
                  double p50Millis, double p99Millis, long peakHeap, long liveHeap, long peakResident) {
        double articlesPerSecond() { return articles / seconds; }
    }

    /** Articles prepared ahead per worker: enough to keep the workers busy, few enough to bound memory. */
    private static final int AHEAD_PER_THREAD = 2;
    /** How often (in arrivals) idle stories are retired. */
    private static final int RETIRE_EVERY = 1000;

    private record Ready(StorySession.Prepared prepared, long arrivedNanos) {}

    private EndToEndRun() {}

    /**
     * @param tellEvery tell the article's story again after every n-th article of it arrives (1 = always)
     * @param threads   workers preparing articles ahead (0 = none: everything on the adding thread)
     * @param idleDays  retire stories idle this long by article dates (0 = never)
     * @param rate      articles arriving per second, evenly spaced, for the latency of a server below capacity;
     *                  0 = all at once (throughput); latency then runs from each article's scheduled arrival
     */
    static Result run(List<DevCorpus.Item> corpus, int n, Settings settings, int tellEvery, int threads, int idleDays,
                      double rate) throws InterruptedException {
        Memory.resetPeaks();
        Storyline storyline = new Storyline(settings);
        warmUp(storyline, corpus);
        StorySession session = storyline.session();
        Latencies latencies = new Latencies();
        LongAdder extractNanos = new LongAdder();
        int rejected = 0;
        int retired = 0;
        ExecutorService workers = threads > 0 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-prepare");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<Future<Ready>> ahead = new ArrayDeque<>();
        AtomicReference<RuntimeException> tellFailure = new AtomicReference<>();
        int submitted = 0;
        long start = System.nanoTime();
        ScheduledExecutorService clock = null;
        List<CompletableFuture<Ready>> arrivals = new ArrayList<>();
        if (rate > 0 && workers != null) {
            // each article arrives at its time, wherever the adding thread is: a paced feed, not a backlog
            clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-clock");
                t.setDaemon(true);
                return t;
            });
            for (int i = 0; i < n; i++) {
                int k = i;
                long at = start + (long) (i * 1e9 / rate);
                CompletableFuture<Ready> arrival = new CompletableFuture<>();
                arrivals.add(arrival);
                ExecutorService pool = workers;
                clock.schedule(() -> pool.submit(() -> {
                    try {
                        Ready r = prepare(storyline, session, corpus, k, extractNanos);
                        arrival.complete(r == null ? null : new Ready(r.prepared(), at));
                    } catch (RuntimeException e) {
                        arrival.completeExceptionally(e);
                    }
                }), at - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        }
        try {
            for (int i = 0; i < n; i++) {
                Ready ready;
                if (workers == null) {
                    ready = prepare(storyline, session, corpus, i, extractNanos);
                } else if (!arrivals.isEmpty()) {
                    ready = arrivals.get(i).get();
                    arrivals.set(i, null);
                } else {
                    while (submitted < n && ahead.size() < threads * AHEAD_PER_THREAD) {
                        int k = submitted++;
                        ahead.addLast(workers.submit(() -> prepare(storyline, session, corpus, k, extractNanos)));
                    }
                    ready = ahead.removeFirst().get();
                }
                if (ready == null) {
                    rejected++;
                    continue;
                }
                Assignment assignment = session.add(ready.prepared());
                if (tellEvery > 1 && i % tellEvery != 0) {
                    latencies.add(System.nanoTime() - ready.arrivedNanos());
                } else if (workers == null) {
                    session.story(assignment.storyId());
                    latencies.add(System.nanoTime() - ready.arrivedNanos());
                } else {
                    Supplier<Story> tell = session.tellLater(assignment.storyId());
                    workers.submit(() -> {
                        try {
                            tell.get();
                            latencies.add(System.nanoTime() - ready.arrivedNanos());
                        } catch (RuntimeException e) {
                            tellFailure.compareAndSet(null, e);
                        }
                    });
                }
                if (idleDays > 0 && i % RETIRE_EVERY == RETIRE_EVERY - 1) retired += session.retire(idleDays).size();
            }
            if (workers != null) {
                workers.shutdown();
                if (!workers.awaitTermination(10, TimeUnit.MINUTES)) throw new IllegalStateException("stories still being told");
                if (tellFailure.get() != null) throw new IllegalStateException("telling a story failed", tellFailure.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing an article failed", e.getCause());
        } finally {
            if (workers != null) workers.shutdownNow();
            if (clock != null) clock.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = Memory.peakHeap();
        long peakResident = Memory.peakResident();
        int stories = session.storyCount();
        long liveHeap = Memory.liveHeap();
        StageTimings timings = session.timings();
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        stageNanos.put("extract", extractNanos.sum());
        stageNanos.putAll(timings.nanos());
        return new Result(n - rejected, stories + retired, retired, seconds, stageNanos, latencies.quantileMillis(0.5),
                latencies.quantileMillis(0.99), peakHeap, liveHeap, peakResident);
    }

    /** Loads the models (sentences, embeddings) and warms the code on a throwaway session, outside the timing. */
    private static void warmUp(Storyline storyline, List<DevCorpus.Item> corpus) {
        StorySession scratch = storyline.session();
        for (int i = 0; i < Math.min(50, corpus.size()); i++) {
            try {
                scratch.story(scratch.add(storyline.extract(DevCorpus.replayed(corpus, i))).storyId());
            } catch (ExtractionException e) {
                // nothing to warm with this one
            }
        }
    }

    /** Extraction and every per-article stage of the i-th replayed article; null if it has no text to tell. */
    private static Ready prepare(Storyline storyline, StorySession session, List<DevCorpus.Item> corpus, int i, LongAdder extractNanos) {
        long t0 = System.nanoTime();
        Article article;
        try {
            article = storyline.extract(DevCorpus.replayed(corpus, i));
        } catch (ExtractionException e) {
            return null;
        }
        extractNanos.add(System.nanoTime() - t0);
        return new Ready(session.prepare(article), t0);
    }
}
