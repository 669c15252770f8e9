package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyline ingest} on a saved feed and a crawl, through extraction to stored articles. */
class FeedAndArchiveIngestTest {
    @TempDir
    Path tmp;

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
    void feedItemsAndArchivedPagesBecomeArticlesWithTheFeedsDateAndOutlet() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("quarry-news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                  <title>Quarry Valley News</title>
                  <item><title>Quarry expansion plan withdrawn</title>
                    <link>https://quarry-news.example/2026/11/expansion-withdrawn</link>
                    <pubDate>Thu, 19 Nov 2026 16:00:00 +0000</pubDate>
                    <content:encoded><![CDATA[<p>Stonecroft Aggregates withdrew its plan to expand the Hollins quarry on Thursday, the district council said.</p>
                    <p>More than 900 residents had objected to the plan during the consultation, according to the council.</p>]]></content:encoded>
                  </item>
                </channel></rss>
                """, StandardCharsets.UTF_8);
        String page = "<html><head><title>Hollins quarry plan dropped</title>"
                + "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\"></head><body><article>"
                + "<h1>Hollins quarry plan dropped</h1><p>Plans to expand the Hollins quarry have been withdrawn by Stonecroft "
                + "Aggregates, the district council said on Thursday.</p><p>The council had received more than 900 objections.</p>"
                + "</article></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes(http);
        response.writeBytes(body);
        try (WarcWriter w = new WarcWriter(Channels.newChannel(Files.newOutputStream(in.resolve("crawl.warc.gz"))), WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder("https://dale-gazette.example/quarry-plan-dropped")
                    .date(Instant.parse("2026-11-23T02:00:00Z")).body(MediaType.HTTP_RESPONSE, response.toByteArray()).build());
        }
        Path data = tmp.resolve("data");
        Result r = run("--data", data.toString(), "ingest", in.toString());
        assertThat(r.err()).doesNotContain("rejected");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("read 2, stored 2 new");

        JsonNode articles = new ObjectMapper().readTree(run("--data", data.toString(), "export").out()).get("articles");
        Map<String, JsonNode> byUrl = new HashMap<>();
        articles.forEach(a -> byUrl.put(a.path("url").asText(a.path("source").asText()), a));
        JsonNode fromFeed = byUrl.get("https://quarry-news.example/2026/11/expansion-withdrawn");
        assertThat(fromFeed).isNotNull();
        assertThat(fromFeed.get("outlet").asText()).isEqualTo("Quarry Valley News");
        assertThat(fromFeed.get("published").asText()).isEqualTo("2026-11-19");
        JsonNode fromCrawl = byUrl.get("https://dale-gazette.example/quarry-plan-dropped");
        assertThat(fromCrawl).isNotNull();
        // the page's own date, not the crawl date (23 November)
        assertThat(fromCrawl.get("published").asText()).isEqualTo("2026-11-20");
    }
}
