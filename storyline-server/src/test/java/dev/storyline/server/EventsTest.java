package dev.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Server-Sent Events of story changes, and the folder watcher that causes some of them. */
class EventsTest {
    @TempDir
    Path folder;

    /** Reads "event:"/"data:" lines of the stream on a background thread. */
    static BlockingQueue<String> listen(TestServer server) throws Exception {
        HttpResponse<InputStream> r = server.http.send(server.request("/api/events").timeout(Duration.ofMinutes(5))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event:") || line.startsWith("data:")) lines.add(line);
                }
            } catch (Exception e) {
                // the server closed the stream at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) return line;
        }
        throw new AssertionError("no line starting with " + prefix);
    }

    @Test
    void askedWithoutTheEventStreamAcceptItSaysWhatIsMissing() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0))) {
            HttpResponse<String> r = server.get("/api/events");
            assertThat(r.statusCode()).isEqualTo(406);
            assertThat(r.body()).contains("\"status\":406").contains("Accept: text/event-stream");
        }
    }

    @Test
    void postingAnArticleSendsAStoryCreatedEvent() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0))) {
            BlockingQueue<String> lines = listen(server);
            assertThat(next(lines, "event:")).contains("hello");
            server.post("/api/articles", "application/json", PostArticlesTest.article("e-1", "Dunmore", 7).toString());
            assertThat(next(lines, "event:")).contains("story");
            String data = next(lines, "data:");
            assertThat(data).contains("\"type\":\"created\"").contains("Dunmore");
        }
    }

    @Test
    void watchedFolderIsIngestedWhileRunning() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0))) {
            BlockingQueue<String> lines = listen(server);
            server.server.watch(folder, Duration.ofMillis(200));
            Files.copy(TestServer.samples().resolve("valmora-post-rates.txt"), folder.resolve("valmora-post-rates.txt"));
            assertThat(next(lines, "data:")).contains("clients");
            assertThat(next(lines, "data:")).contains("\"type\":\"created\"");
            assertThat(server.service.store().articles()).hasSize(1);
            Files.copy(TestServer.samples().resolve("kerst-finance-rates.html"), folder.resolve("kerst-finance-rates.html"));
            assertThat(next(lines, "data:")).contains("\"type\":\"updated\"").contains("\"articleCount\":2");
            assertThat(server.service.store().articles()).extracting(a -> a.source()).hasSize(2);
            assertThat(List.of(server.get("/api/stories").body())).allMatch(b -> b.contains("\"articleCount\":2"));
        }
    }

    @Test
    void writesByAnotherProcessAreFollowed() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0))) {
            java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger();
            server.server.followStore(version::get, Duration.ofMillis(100));
            BlockingQueue<String> lines = listen(server);
            assertThat(next(lines, "data:")).contains("clients");
            // as another process would: straight into the store, not through the server
            server.service.ingest(List.of(TestServer.samples().resolve("valmora-post-rates.txt")));
            Thread.sleep(300);
            assertThat(server.get("/api/stories").body()).contains("\"stories\":[]");
            version.incrementAndGet();
            assertThat(next(lines, "data:")).contains("\"type\":\"created\"");
            assertThat(server.get("/api/stories").body()).contains("Valmora");
        }
    }
}
