package dev.storyline.ingest.web;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real HTTP client against a server on 127.0.0.1: conditional GET, size cap, the guard's default refusal, and a
 * DNS answer that turns to 127.0.0.1 after the guard's check (rebinding).
 */
class LocalServerWatchTest {
    @TempDir
    Path dir;

    HttpServer server;
    String base;
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            seen.add(path + " " + exchange.getRequestHeaders().getFirst("If-None-Match"));
            byte[] body;
            String type = "text/html; charset=utf-8";
            if (path.equals("/feed.xml")) {
                if ("\"f1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().set("ETag", "\"f1\"");
                type = "application/rss+xml";
                body = ("<rss version=\"2.0\"><channel><title>Loopback Ledger</title><item><title>Canal reopens</title>"
                        + "<link>" + base + "/canal</link><pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate></item>"
                        + "<item><title>Huge</title><link>" + base + "/huge</link></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/canal")) {
                body = "<html><body><p>The canal reopened to boats on Tuesday.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/huge")) {
                body = "<p>x</p>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    FeedWatcher watcher(boolean allowPrivate, WatchState state) {
        return watcher(new AddressGuard(AddressGuard.Resolver.SYSTEM, allowPrivate), state);
    }

    FeedWatcher watcher(AddressGuard guard, WatchState state) {
        GuardedHttpFetcher http = new GuardedHttpFetcher(guard, Duration.ofSeconds(5), Duration.ofSeconds(5), 50_000, "storyline-test");
        return new FeedWatcher(new PoliteFetcher(http, guard, Clock.systemUTC(), PoliteFetcher.Sleeper.SYSTEM, Duration.ZERO,
                "storyline"), state, 1 << 20);
    }

    @Test
    void pollsWithAnEtagAndCapsThePageSize() throws IOException {
        WatchState state = WatchState.load(dir.resolve("watch-state.json"));
        FeedWatcher.Round first = watcher(true, state).poll(List.of(base + "/feed.xml"));
        assertThat(first.documents()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(base + "/canal");
            assertThat(d.hints().outlet()).isEqualTo("Loopback Ledger");
            assertThat(d.hints().published()).isEqualTo("Tue, 24 Nov 2026 07:00:00 GMT");
        });
        assertThat(first.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(base + "/huge");
            assertThat(r.reason()).contains("over the cap of 50000");
        });
        state.save();
        FeedWatcher.Round second = watcher(true, WatchState.load(dir.resolve("watch-state.json"))).poll(List.of(base + "/feed.xml"));
        assertThat(second.unchangedFeeds()).isEqualTo(1);
        assertThat(second.documents()).isEmpty();
        assertThat(seen).contains("/feed.xml \"f1\"");
    }

    @Test
    void withoutAllowPrivateNothingReachesTheServer() throws IOException {
        FeedWatcher.Round round = watcher(false, WatchState.load(dir.resolve("s.json"))).poll(List.of(base + "/feed.xml"));
        assertThat(round.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("127.0.0.1"));
        assertThat(seen).isEmpty();
    }

    @Test
    void aNameThatResolvesAgainToLoopbackAfterTheCheckIsNotConnectedTo() throws IOException {
        // public when the guard looks, 127.0.0.1 when the client connects: a rebinding DNS server's two answers
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        AddressGuard.Resolver rebinding = host -> new java.net.InetAddress[]{java.net.InetAddress.getByAddress(host,
                asked.getAndIncrement() == 0 ? new byte[]{93, (byte) 184, (byte) 216, 34} : new byte[]{127, 0, 0, 1})};
        String url = "http://rebind.example:" + server.getAddress().getPort() + "/feed.xml";
        FeedWatcher.Round round = watcher(new AddressGuard(rebinding, false), WatchState.load(dir.resolve("s.json"))).poll(List.of(url));
        assertThat(asked.get()).as("asked at the check and again at the connection").isGreaterThanOrEqualTo(2);
        assertThat(round.documents()).isEmpty();
        assertThat(round.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("127.0.0.1"));
        assertThat(seen).isEmpty();
    }
}
