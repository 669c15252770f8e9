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
                         int acknowledged, int stored, int distinctStored, BigArticle big) {
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

    /** The one big article a client posted while the others ran: its size, the answer and how long it took. */
    public record BigArticle(int chars, int status, double ms, String answer) {}

    public static Result run(StoryService service, int writers, int readers, Duration length) throws Exception {
        return run(service, writers, readers, length, 0, Duration.ZERO);
    }

    /**
     * @param bigArticleChars when above 0, one more client posts a single article of this many characters at the start
     *                        (what one careless or hostile client sends), while the others write and read as usual
     */
    public static Result run(StoryService service, int writers, int readers, Duration length, int bigArticleChars,
                             Duration warmup) throws Exception {
        ServerOptions options = ServerOptions.local(0).withWritesPerMinute(Integer.MAX_VALUE / 2);
        try (StorylineServer server = new StorylineServer(service, options).start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.url();
            long end = System.nanoTime() + warmup.toNanos() + length.toNanos();
            // the first seconds load models and build the first stories: timed, but not in the figures
            long measureFrom = System.nanoTime() + warmup.toNanos();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger acknowledged = new AtomicInteger();
            List<Double> writeMs = Collections.synchronizedList(new ArrayList<>());
            List<Double> readMs = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(writers + readers + 1);
            List<Future<?>> tasks = new ArrayList<>();
            Future<BigArticle> big = bigArticleChars <= 0 ? null : pool.submit(() -> {
                String body = JSON.writeValueAsString(java.util.Map.of("title", "A very long report", "text",
                        bigText(bigArticleChars), "outlet", "Load Wire big"));
                Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000)); // into the measured part
                long t = System.nanoTime();
                HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "api/articles"))
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                double ms = (System.nanoTime() - t) / 1e6;
                if (r != null && r.statusCode() == 201) acknowledged.addAndGet(JSON.readTree(r.body()).path("added").asInt());
                String answer = r == null ? "no answer" : r.body().length() > 300 ? r.body().substring(0, 300) : r.body();
                return new BigArticle(body.length(), r == null ? 0 : r.statusCode(), ms, answer);
            });
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
                        if (t >= measureFrom) writeMs.add((System.nanoTime() - t) / 1e6);
                        if (r == null || r.statusCode() != 201) {
                            errors.incrementAndGet();
                            System.err.println("load: a small write answered " + (r == null ? "nothing" : r.statusCode() + " " + r.body()));
                        }
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
                        if (t >= measureFrom) readMs.add((System.nanoTime() - t) / 1e6);
                        if (list == null || list.statusCode() != 200) {
                            errors.incrementAndGet();
                            System.err.println("load: a listing answered " + (list == null ? "nothing" : list.statusCode() + " " + list.body()));
                            continue;
                        }
                        JsonNode stories = JSON.readTree(list.body()).path("stories");
                        if (stories.isEmpty()) continue;
                        String id = stories.get(random.nextInt(stories.size())).path("id").asText();
                        t = System.nanoTime();
                        HttpResponse<String> one = send(http, HttpRequest.newBuilder(URI.create(base + "api/stories/" + id)).build());
                        if (t >= measureFrom) readMs.add((System.nanoTime() - t) / 1e6);
                        // a story can be replaced by a rebuild (404) or merged into another (301 to it) between
                        // listing and opening: both are correct answers
                        int status = one == null ? 0 : one.statusCode();
                        if (status != 200 && status != 404 && status != 301) {
                            errors.incrementAndGet();
                            System.err.println("load: a story answered " + (one == null ? "nothing" : one.statusCode() + " " + one.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) f.get();
            BigArticle bigResult = big == null ? null : big.get();
            pool.shutdown();
            double seconds = (System.nanoTime() - measureFrom) / 1e9;
            List<Article> articles = service.store().articles();
            long distinct = articles.stream().map(Article::contentHash).distinct().count();
            return new Result(writers, readers, seconds, Latencies.of(writeMs), Latencies.of(readMs), errors.get(),
                    acknowledged.get(), articles.size(), (int) distinct, bigResult);
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            System.err.println("load: " + request.method() + " " + request.uri().getPath() + " failed: " + e);
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

    /** Sentences of ordinary words, repeated with numbers, to the size asked: a long text, not one long word. */
    private static String bigText(int chars) {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            for (int i = 0; i < 12; i++) b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            b.append(random.nextInt(10_000)).append(" people were counted, the report said.\n");
        }
        return b.substring(0, chars);
    }

    static final int TOPICS = 200;
    private static final String[] SYLLABLES = "ka lo mi ra ven tor sa li bru den fa go pe nor ul is ta mor".split(" ");

    private static String name(Random random) {
        StringBuilder n = new StringBuilder();
        for (int i = 0, k = 2 + random.nextInt(2); i < k; i++) n.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
