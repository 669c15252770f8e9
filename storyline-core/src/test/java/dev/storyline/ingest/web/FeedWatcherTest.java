package dev.storyline.ingest.web;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedWatcherTest {
    static final String FEED_URL = "https://ridgeway-times.example/feed.rss";
    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Ridgeway Times</title>
              <item><title>Reservoir level rises after week of rain</title>
                <link>https://ridgeway-times.example/news/reservoir</link>
                <pubDate>Tue, 24 Nov 2026 05:00:00 +0000</pubDate></item>
              <item><title>Members' lounge renovation</title>
                <link>https://ridgeway-times.example/members/lounge</link>
                <description>The club lounge at Ridgeway station reopens in December.</description></item>
              <item><title>Private council memo</title>
                <link>https://ridgeway-times.example/members/memo</link></item>
            </channel></rss>
            """;
    static final String PAGE = "<html><head><title>Reservoir level rises</title></head><body><article><p>The Ridgeway "
            + "reservoir stood at 87 per cent on Tuesday, the water board said.</p></article></body></html>";

    @TempDir
    Path dir;

    final FakeWeb web = new FakeWeb()
            .page(FEED_URL, h -> "\"v1\"".equals(h.get("If-None-Match"))
                    ? FakeWeb.response(304, null, "")
                    : FakeWeb.response(200, "application/rss+xml", FEED, "etag", "\"v1\""))
            .page("https://ridgeway-times.example/robots.txt", 200, "text/plain",
                    "User-agent: *\nDisallow: /news/\n\nUser-agent: storyline\nUser-agent: other\nDisallow: /members/\n")
            .page("https://ridgeway-times.example/news/reservoir", 200, "text/html; charset=utf-8", PAGE);

    FeedWatcher watcher(WatchState state) {
        return new FeedWatcher(web.fetcher(false, Duration.ofSeconds(2)), state, 1 << 20);
    }

    @Test
    void newItemsArePagesWithFeedHintsAndTheSecondPollIsAConditional304() throws IOException {
        WatchState state = WatchState.load(dir.resolve("watch-state.json"));
        FeedWatcher.Round first = watcher(state).poll(List.of(FEED_URL));

        assertThat(first.documents()).hasSize(2);
        RawDocument page = first.documents().get(0);
        assertThat(page.source()).isEqualTo("https://ridgeway-times.example/news/reservoir");
        assertThat(page.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(page.content()).isEqualTo(PAGE);
        assertThat(page.hints().published()).isEqualTo("Tue, 24 Nov 2026 05:00:00 +0000");
        assertThat(page.hints().outlet()).isEqualTo("Ridgeway Times");
        assertThat(page.hints().title()).isEqualTo("Reservoir level rises after week of rain");
        // robots.txt names storyline: its group, not *, applies, so /news/ is fine and /members/ is not
        RawDocument fromFeed = first.documents().get(1);
        assertThat(fromFeed.content()).isEqualTo("The club lounge at Ridgeway station reopens in December.");
        assertThat(first.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("https://ridgeway-times.example/members/memo");
            assertThat(r.reason()).isEqualTo("robots.txt of ridgeway-times.example disallows /members/memo");
        });
        assertThat(web.requested()).doesNotContain("https://ridgeway-times.example/members/lounge",
                "https://ridgeway-times.example/members/memo");
        state.save();

        int before = web.requests.size();
        FeedWatcher.Round second = watcher(WatchState.load(dir.resolve("watch-state.json"))).poll(List.of(FEED_URL));
        assertThat(second.documents()).isEmpty();
        assertThat(second.rejections()).isEmpty();
        assertThat(second.unchangedFeeds()).isEqualTo(1);
        assertThat(web.requests.subList(before, web.requests.size())).singleElement().satisfies(r -> {
            assertThat(r.uri()).hasToString(FEED_URL);
            assertThat(r.headers()).containsEntry("If-None-Match", "\"v1\"");
        });
    }

    @Test
    void anItemAlreadySeenIsNotFetchedAgainWhenTheFeedChanges() throws IOException {
        WatchState state = WatchState.load(dir.resolve("watch-state.json"));
        watcher(state).poll(List.of(FEED_URL));
        FakeWeb.Request feedRequest = web.requests.get(0);
        assertThat(feedRequest.headers()).isEmpty();
        // the server ignores validators this time (200 again): the items are known, nothing is fetched or added
        web.page(FEED_URL, h -> FakeWeb.response(200, "application/rss+xml", FEED));
        int before = web.requests.size();
        FeedWatcher.Round again = watcher(state).poll(List.of(FEED_URL));
        assertThat(again.documents()).isEmpty();
        assertThat(again.rejections()).isEmpty();
        assertThat(web.requests.subList(before, web.requests.size())).extracting(r -> r.uri().toString())
                .containsExactly(FEED_URL);
    }

    @Test
    void privateAndLoopbackTargetsAreRefusedUnlessAllowed() throws IOException {
        web.host("intranet.example", "10.1.2.3").host("metadata.example", "169.254.169.254")
                .host("sneaky.example", "::ffff:127.0.0.1")
                .page("https://redirector.example/feed", 200, "application/rss+xml", """
                        <rss version="2.0"><channel><title>Redirector</title>
                          <item><title>Jump</title><link>https://redirector.example/go</link></item>
                        </channel></rss>""")
                .page("https://redirector.example/go", 302, null, "")
                .page("https://redirector.example/robots.txt", 404, "text/plain", "");
        web.page("https://redirector.example/go", h -> FakeWeb.response(302, null, "", "location", "http://127.0.0.1:8080/admin"));
        WatchState state = WatchState.load(dir.resolve("s.json"));
        FeedWatcher.Round round = watcher(state).poll(List.of("https://intranet.example/feed", "http://metadata.example/latest",
                "http://sneaky.example/feed", "file:///etc/passwd", "https://redirector.example/feed"));
        assertThat(round.documents()).isEmpty();
        assertThat(round.rejections()).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("10.1.2.3").contains("--allow-private"),
                r -> assertThat(r).contains("169.254.169.254"),
                r -> assertThat(r).contains("127.0.0.1"),
                r -> assertThat(r).startsWith("no such feed file"),
                r -> assertThat(r).contains("resolves to 127.0.0.1"));
        assertThat(web.requested()).noneMatch(u -> u.contains("intranet") || u.contains("metadata") || u.contains("sneaky")
                || u.contains("127.0.0.1"));

        FakeWeb open = new FakeWeb().host("intranet.example", "10.1.2.3")
                .page("https://intranet.example/feed", 200, "application/rss+xml", FEED.replace("ridgeway-times.example", "intranet.example"));
        FeedWatcher.Round allowed = new FeedWatcher(open.fetcher(true, Duration.ZERO), WatchState.load(dir.resolve("t.json")), 1 << 20)
                .poll(List.of("https://intranet.example/feed"));
        assertThat(open.requested()).contains("https://intranet.example/feed");
        assertThat(allowed.rejections()).noneMatch(r -> r.reason().contains("private"));
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelayWhileOtherHostsGoAhead() throws IOException {
        String feed = """
                <rss version="2.0"><channel><title>Ridgeway Times</title>
                  <item><title>A</title><link>https://ridgeway-times.example/news/a</link></item>
                  <item><title>B</title><link>https://ridgeway-times.example/news/b</link></item>
                  <item><title>C</title><link>https://other-paper.example/c</link></item>
                </channel></rss>""";
        FakeWeb paced = new FakeWeb().page(FEED_URL, 200, "application/rss+xml", feed);
        for (String u : List.of("https://ridgeway-times.example/news/a", "https://ridgeway-times.example/news/b", "https://other-paper.example/c")) {
            paced.page(u, 200, "text/html", "<html><body><p>Page " + u + "</p></body></html>");
        }
        FeedWatcher.Round round = new FeedWatcher(paced.fetcher(false, Duration.ofSeconds(5)),
                WatchState.load(dir.resolve("s.json")), 1 << 20).poll(List.of(FEED_URL));
        assertThat(round.documents()).hasSize(3);
        // hosts take turns: other-paper is asked while ridgeway-times' delay runs
        assertThat(paced.requested()).containsExactly(FEED_URL, "https://ridgeway-times.example/robots.txt",
                "https://ridgeway-times.example/news/a", "https://other-paper.example/robots.txt",
                "https://other-paper.example/c", "https://ridgeway-times.example/news/b");
        Instant start = Instant.parse("2026-11-24T06:00:00Z");
        assertThat(paced.requests).extracting(r -> Duration.between(start, r.at()).toSeconds())
                .containsExactly(0L, 5L, 10L, 10L, 15L, 15L);
        // b's turn comes when its delay has already passed: no sleep for it
        assertThat(paced.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void aLongerCrawlDelayInRobotsTxtStretchesTheHostsSpacing() throws IOException {
        String feed = """
                <rss version="2.0"><channel><title>Ridgeway Times</title>
                  <item><title>A</title><link>https://ridgeway-times.example/news/a</link></item>
                  <item><title>B</title><link>https://ridgeway-times.example/news/b</link></item>
                </channel></rss>""";
        FakeWeb slow = new FakeWeb().page(FEED_URL, 200, "application/rss+xml", feed)
                .page("https://ridgeway-times.example/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 12\n")
                .page("https://ridgeway-times.example/news/a", 200, "text/html", "<html><body><p>A.</p></body></html>")
                .page("https://ridgeway-times.example/news/b", 200, "text/html", "<html><body><p>B.</p></body></html>");
        new FeedWatcher(slow.fetcher(false, Duration.ofSeconds(5)), WatchState.load(dir.resolve("s.json")), 1 << 20)
                .poll(List.of(FEED_URL));
        Instant start = Instant.parse("2026-11-24T06:00:00Z");
        // feed and robots.txt at the watcher's own 5 s, the pages 12 s apart once robots.txt asked for it
        assertThat(slow.requests).extracting(r -> Duration.between(start, r.at()).toSeconds()).containsExactly(0L, 5L, 17L, 29L);
    }

    @Test
    void aLocalFeedFileWorksAndItsLinkedPagesAreFetched() throws IOException {
        Path file = dir.resolve("ridgeway.rss");
        java.nio.file.Files.writeString(file, FEED, java.nio.charset.StandardCharsets.UTF_8);
        FeedWatcher.Round round = watcher(WatchState.load(dir.resolve("s.json"))).poll(List.of(file.toString()));
        assertThat(round.documents()).extracting(RawDocument::source)
                .containsExactly("https://ridgeway-times.example/news/reservoir", "https://ridgeway-times.example/members/lounge");
    }

    @Test
    void aServerErrorIsTriedAgainNextRoundButA404IsNot() throws IOException {
        String feed = """
                <rss version="2.0"><channel><title>Ridgeway Times</title>
                  <item><title>A</title><link>https://ridgeway-times.example/news/flaky</link></item>
                  <item><title>B</title><link>https://ridgeway-times.example/news/gone</link></item>
                </channel></rss>""";
        FakeWeb flaky = new FakeWeb().page(FEED_URL, 200, "application/rss+xml", feed)
                .page("https://ridgeway-times.example/news/flaky", 503, "text/html", "busy");
        WatchState state = WatchState.load(dir.resolve("s.json"));
        FeedWatcher.Round first = new FeedWatcher(flaky.fetcher(false, Duration.ZERO), state, 1 << 20).poll(List.of(FEED_URL));
        assertThat(first.rejections()).extracting(Rejection::reason)
                .containsExactly("page answered HTTP 503", "page answered HTTP 404");
        flaky.page("https://ridgeway-times.example/news/flaky", 200, "text/html", "<html><body><p>Back.</p></body></html>");
        FeedWatcher.Round second = new FeedWatcher(flaky.fetcher(false, Duration.ZERO), state, 1 << 20).poll(List.of(FEED_URL));
        assertThat(second.documents()).extracting(RawDocument::source).containsExactly("https://ridgeway-times.example/news/flaky");
        assertThat(second.rejections()).isEmpty();
    }
}
