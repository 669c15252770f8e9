package dev.storyline.cli;

import dev.storyline.domain.Article;
import dev.storyline.store.SqliteStoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code storyline serve} in its own process, posted to by four clients and killed with SIGKILL at seeded random
 * moments: every article the server acknowledged (201, added) is in the store exactly once after the kill, the
 * store opens cleanly, and a restarted server on the same data folder serves it.
 */
class ServerCrashTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void acknowledgedArticlesSurviveSigkill() throws Exception {
        Path data = dir.resolve("data");
        Random random = new Random(20151024L);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sequence = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int round = 0; round < 2; round++) {
            int port = freePort();
            Process server = serve(data, port);
            try {
                awaitUp(http, port);
                AtomicBoolean go = new AtomicBoolean(true);
                ExecutorService clients = Executors.newFixedThreadPool(4);
                for (int c = 0; c < 4; c++) {
                    clients.submit(() -> {
                        while (go.get()) {
                            int n = sequence.incrementAndGet();
                            String title = "Crash report " + n;
                            String body = "{\"title\": \"" + title + "\", \"outlet\": \"Crash Wire\", \"published\": \"2026-03-04\", "
                                    + "\"text\": \"The council of district " + n + " met on Monday and approved the budget, "
                                    + "the mayor said after the vote.\"}";
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 201 && r.body().contains("\"added\":1")) acknowledged.add(title);
                            } catch (IOException | InterruptedException e) {
                                return null; // the server is gone: nothing acknowledged by this request
                            }
                        }
                        return null;
                    });
                }
                Thread.sleep(1_500 + random.nextInt(3_000));
                server.destroyForcibly(); // SIGKILL
                server.waitFor();
                go.set(false);
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                server.destroyForcibly();
            }
            try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
                List<String> titles = store.articles().stream().map(Article::title).toList();
                assertThat(titles).as("round %d", round).containsAll(acknowledged).doesNotHaveDuplicates();
                System.out.printf("server-crash: round %d: %d acknowledged, %d stored%n", round, acknowledged.size(), titles.size());
            }
        }
        assertThat(acknowledged).isNotEmpty();
        // and the store serves again
        int port = freePort();
        Process server = serve(data, port);
        try {
            awaitUp(http, port);
            HttpResponse<String> stories = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stories.statusCode()).isEqualTo(200);
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    private Process serve(Path data, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                StorylineCli.class.getName(), "--data", data.toString(), "serve", "--port", String.valueOf(port),
                "--writes-per-minute", "100000"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("serve.log").toFile())).start();
    }

    private static void awaitUp(HttpClient http, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
