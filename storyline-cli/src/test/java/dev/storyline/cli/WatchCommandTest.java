package dev.storyline.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyline watch --once} against a small invented outlet served on 127.0.0.1. */
class WatchCommandTest {
    @TempDir
    Path tmp;

    HttpServer server;
    String base;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    static String page(String title, String... paragraphs) {
        StringBuilder body = new StringBuilder("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>");
        for (String p : paragraphs) body.append("<p>").append(p).append("</p>");
        return body.append("</article></body></html>").toString();
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            String type = "text/html; charset=utf-8";
            String body;
            switch (path) {
                case "/robots.txt" -> {
                    type = "text/plain";
                    body = "User-agent: *\nDisallow: /drafts/\n";
                }
                case "/feed.xml" -> {
                    if ("\"r1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        exchange.close();
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", "\"r1\"");
                    type = "application/rss+xml";
                    body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lakeside Observer</title>"
                            + item("Lakeside library extends opening hours", "/news/library", "Mon, 23 Nov 2026 09:00:00 GMT")
                            + item("Rowing club wins regional final", "/news/rowing", "Tue, 24 Nov 2026 07:30:00 GMT")
                            + item("Draft: budget notes", "/drafts/budget", "Tue, 24 Nov 2026 08:00:00 GMT")
                            + "</channel></rss>";
                }
                case "/news/library" -> body = page("Lakeside library extends opening hours",
                        "Lakeside's public library will open until 9pm on weekdays from December, the town council said on Monday.",
                        "The council said visits had risen by a fifth since the reading room was refurbished in the spring.",
                        "Weekend hours stay unchanged, a spokesperson for the library said.");
                case "/news/rowing" -> body = page("Rowing club wins regional final",
                        "The Lakeside Rowing Club won the regional coxed fours final on Sunday, finishing two lengths ahead of Millbrook.",
                        "It is the club's first regional title since it was founded, its captain said after the race.");
                default -> {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String item(String title, String path, String date) {
        return "<item><title>" + title + "</title><link>" + base + path + "</link><pubDate>" + date + "</pubDate></item>";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = StorylineCli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void watchOnceStoresNewPagesAndTheSecondRoundIsA304() throws IOException {
        Path data = tmp.resolve("data");
        Result first = run("--data", data.toString(), "watch", "--once", "--allow-private", "--delay", "0", base + "/feed.xml");
        assertThat(first.out()).contains("1 feeds (0 unchanged), 2 new items, stored 2 new, 0 already stored, 1 rejected");
        assertThat(first.err()).contains(base + "/drafts/budget: robots.txt of 127.0.0.1 disallows /drafts/budget");
        assertThat(first.code()).isEqualTo(StorylineCli.REJECTED);
        assertThat(requests).doesNotContain("/drafts/budget");
        assertThat(Files.readString(data.resolve(WatchCommand.STATE_FILE))).contains("\\\"r1\\\"");

        Result stories = run("--data", data.toString(), "stories");
        assertThat(stories.out()).contains("Lakeside library").contains("Rowing club");

        requests.clear();
        Result second = run("--data", data.toString(), "watch", "--once", "--allow-private", base + "/feed.xml");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("1 feeds (1 unchanged), 0 new items, stored 0 new");
        assertThat(requests).containsExactly("/feed.xml");
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivateAndNothingIsFetched() {
        Result r = run("--data", tmp.resolve("data").toString(), "watch", "--once", base + "/feed.xml");
        assertThat(r.code()).isEqualTo(StorylineCli.REJECTED);
        assertThat(r.err()).contains("127.0.0.1").contains("--allow-private");
        assertThat(requests).isEmpty();
    }

    @Test
    void tooShortAnIntervalIsAUsageError() {
        Result r = run("--data", tmp.resolve("data").toString(), "watch", "--every", "1", base + "/feed.xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--every must be at least 10 seconds");
    }
}
