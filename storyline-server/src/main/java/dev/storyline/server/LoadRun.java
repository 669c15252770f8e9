package dev.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import dev.storyline.store.StoryService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server under load: writers post articles and readers list and open stories, all at once, for a bounded
 * time, against a real server on loopback. Reports latencies per operation, errors, and whether every article
 * acknowledged as added is in the store exactly once.
 */
public final class LoadRun {
    /** What one run measured. */
    public record Result(int writers, int readers, double seconds, Latencies writes, Latencies reads, int errors,
                         int acknowledged, int stored, int distinctStored) {
        public boolean lossless() {
            return errors == 0 && acknowledged == stored && stored == distinctStored;
        }
    }

    /** Milliseconds. */
    public record Latencies(int count, double p50, double p99, double max) {
        static Latencies of(List<Double> ms) {
            List<Double> s = new ArrayList<>(ms);
            Collections.sort(s);
            if (s.isEmpty()) return new Latencies(0, 0, 0, 0);
            return new Latencies(s.size(), at(s, 0.50), at(s, 0.99), s.get(s.size() - 1));
        }

        private static double at(List<Double> s, double q) {
            return s.get(Math.min(s.size() - 1, (int) Math.ceil(q * s.size()) - 1));
        }
    }

    private static final String[] WORDS = ("council harbour ferry storm bridge budget minister river school hospital "
            + "police market festival union strike court election museum railway airport farmers drought flood fire "
            + "mayor workers prices vote report inquiry").split(" ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadRun() {}

    public static Result run(StoryService service, int writers, int readers, Duration length) throws Exception {
        ServerOptions options = ServerOptions.local(0).withWritesPerMinute(Integer.MAX_VALUE / 2);
        try (StorylineServer server = new StorylineServer(service, options).start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.url();
            long end = System.nanoTime() + length.toNanos();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger acknowledged = new AtomicInteger();
            List<Double> writeMs = Collections.synchronizedList(new ArrayList<>());
            List<Double> readMs = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
            List<Future<?>> tasks = new ArrayList<>();
            long start = System.nanoTime();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    Random random = new Random(1000L + writer);
                    for (int seq = 0; System.nanoTime() < end; seq++) {
                        String body = JSON.writeValueAsString(article(writer, seq, random));
                        long t = System.nanoTime();
                        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "api/articles"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                        writeMs.add((System.nanoTime() - t) / 1e6);
                        if (r == null || r.statusCode() != 201) errors.incrementAndGet();
                        else acknowledged.addAndGet(JSON.readTree(r.body()).path("added").asInt());
                    }
                    return null;
                }));
            }
            for (int r = 0; r < readers; r++) {
                int reader = r;
                tasks.add(pool.submit(() -> {
                    Random random = new Random(2000L + reader);
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        HttpResponse<String> list = send(http, HttpRequest.newBuilder(URI.create(base + "api/stories?limit=20")).build());
                        readMs.add((System.nanoTime() - t) / 1e6);
                        if (list == null || list.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        JsonNode stories = JSON.readTree(list.body()).path("stories");
                        if (stories.isEmpty()) continue;
                        String id = stories.get(random.nextInt(stories.size())).path("id").asText();
                        t = System.nanoTime();
                        HttpResponse<String> one = send(http, HttpRequest.newBuilder(URI.create(base + "api/stories/" + id)).build());
                        readMs.add((System.nanoTime() - t) / 1e6);
                        // a story can be replaced by a rebuild between listing and opening: 404 is a correct answer
                        if (one == null || one.statusCode() != 200 && one.statusCode() != 404) errors.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) f.get();
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Article> articles = service.store().articles();
            long distinct = articles.stream().map(Article::contentHash).distinct().count();
            return new Result(writers, readers, seconds, Latencies.of(writeMs), Latencies.of(readMs), errors.get(),
                    acknowledged.get(), articles.size(), (int) distinct);
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Articles on 200 invented topics, each with its own words (place and people names made of syllables) among
     * common ones, so the stories stay the size of real ones instead of one story swallowing the whole run.
     */
    private static java.util.Map<String, String> article(int writer, int seq, Random random) {
        int topic = random.nextInt(TOPICS);
        Random words = new Random(topic);
        String[] own = new String[8];
        for (int i = 0; i < own.length; i++) own[i] = name(words);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            text.append("In ").append(own[random.nextInt(own.length)]).append(" the ");
            for (int i = 0; i < 8; i++) {
                text.append(i % 2 == 0 ? own[random.nextInt(own.length)] : WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            text.append(random.nextInt(500)).append(" people were affected on Monday, officials said. ");
        }
        return java.util.Map.of("title", String.format(Locale.ROOT, "%s %s report %d-%d", own[0], own[1], writer, seq),
                "text", text.toString(), "outlet", "Load Wire " + writer, "published", "2026-03-0" + (1 + seq % 9));
    }

    static final int TOPICS = 200;
    private static final String[] SYLLABLES = "ka lo mi ra ven tor sa li bru den fa go pe nor ul is ta mor".split(" ");

    private static String name(Random random) {
        StringBuilder n = new StringBuilder();
        for (int i = 0, k = 2 + random.nextInt(2); i < k; i++) n.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
