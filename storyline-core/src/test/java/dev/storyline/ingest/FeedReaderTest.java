package dev.storyline.ingest;

import com.sun.net.httpserver.HttpServer;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FeedReaderTest {
    @TempDir
    Path dir;

    final List<RawDocument> docs = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final DocumentSink sink = new DocumentSink() {
        public void accept(RawDocument d) { docs.add(d); }

        public void reject(Rejection r) { rejections.add(r); }
    };

    Path fixture(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    void ingest(Path... paths) {
        new Ingester(IngestSettings.DEFAULTS).ingest(List.of(paths), sink);
    }

    @Test
    void rssItemsBecomeDocumentsWithTheirHints() throws IOException {
        Path feed = fixture("harbour-gazette.rss");
        ingest(feed);
        assertThat(docs).hasSize(2);
        RawDocument first = docs.get(0);
        assertThat(first.source()).isEqualTo(feed + "#1");
        assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(first.content()).contains("<p>Ferry crews in Eastwick Sound returned").contains("14 daily crossings");
        assertThat(first.hints().url()).isEqualTo("https://harbour-gazette.example/2026/11/ferry-strike-ends");
        assertThat(first.hints().id()).isEqualTo("https://harbour-gazette.example/2026/11/ferry-strike-ends");
        assertThat(first.hints().title()).isEqualTo("Ferry strike ends after three days");
        assertThat(first.hints().published()).isEqualTo("Mon, 23 Nov 2026 08:30:00 +0000");
        assertThat(first.hints().outlet()).isEqualTo("Harbour Gazette");

        RawDocument second = docs.get(1);
        assertThat(second.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(second.content()).startsWith("The town council approved");
        assertThat(second.hints().id()).isEqualTo("hg-2026-1102");
        assertThat(second.hints().published()).isEqualTo("2026-11-22T17:05:00Z");

        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(feed + "#3");
            assertThat(r.reason()).contains("only a link").contains("lifeboat-open-day").contains("storyline watch");
        });
    }

    @Test
    void atomEntriesUseContentSummaryAndTheAlternateLink() throws IOException {
        ingest(fixture("valley-courier.atom"));
        assertThat(rejections).isEmpty();
        assertThat(docs).hasSize(3);
        assertThat(docs).extracting(d -> d.hints().outlet()).containsOnly("Valley Courier");
        RawDocument harvest = docs.get(0);
        assertThat(harvest.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(harvest.content()).isEqualTo("<p>The Upper Teme orchard co-operative picked 3,100 tonnes of apples "
                + "this autumn, its largest harvest on record.</p>");
        assertThat(harvest.hints().url()).isEqualTo("https://valley-courier.example/news/orchard-harvest");
        assertThat(harvest.hints().published()).isEqualTo("2026-11-21T09:00:00Z");
        RawDocument bridge = docs.get(1);
        assertThat(bridge.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(bridge.content()).contains("<p>The Millford bridge will stay closed <em>until February</em>");
        assertThat(bridge.hints().published()).isEqualTo("2026-11-22T15:30:00Z");
        RawDocument market = docs.get(2);
        assertThat(market.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(market.content()).startsWith("The market hall in Millford reopened");
    }

    @Test
    void anExternalEntityIsNeverReadAndTheFeedIsRejectedByName() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER", StandardCharsets.UTF_8);
        Path local = dir.resolve("local-xxe.rss");
        Path xxe = fixture("xxe.rss");
        Files.writeString(local, Files.readString(xxe, StandardCharsets.UTF_8)
                .replace("file:///etc/passwd", secret.toUri().toString()), StandardCharsets.UTF_8);
        ingest(xxe, local);
        assertThat(docs).isEmpty();
        assertThat(rejections).hasSize(2).allSatisfy(r -> assertThat(r.reason()).contains("DOCTYPE"));
        assertThat(rejections).extracting(Rejection::source)
                .containsExactly(xxe.toString(), local.toString());
        assertThat(rejections.toString()).doesNotContain("TOP-SECRET-MARKER").doesNotContain("root:");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            Path feed = dir.resolve("dtd.rss");
            Files.writeString(feed, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/evil.dtd\">\n<rss version=\"2.0\"><channel><title>T</title>"
                    + "<item><title>x</title><description>y</description></item></channel></rss>\n", StandardCharsets.UTF_8);
            ingest(feed);
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
        assertThat(docs).isEmpty();
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.reason()).contains("DOCTYPE"));
    }

    @Test
    void billionLaughsIsRefusedWithoutExpansion() throws IOException {
        Path feed = fixture("billion-laughs.xml");
        long before = System.nanoTime();
        ingest(feed);
        assertThat(System.nanoTime() - before).isLessThan(5_000_000_000L);
        assertThat(docs).isEmpty();
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(feed.toString());
            assertThat(r.reason()).contains("DOCTYPE");
        });
    }

    @Test
    void malformedXmlAndNonFeedsAreRejectedWithAReason() throws IOException {
        Path broken = fixture("malformed.rss");
        Path sitemap = dir.resolve("sitemap.xml");
        Files.writeString(sitemap, "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>",
                StandardCharsets.UTF_8);
        ingest(broken, sitemap);
        assertThat(docs).isEmpty();
        assertThat(rejections).extracting(r -> Path.of(r.source()).getFileName() + " " + r.reason())
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("malformed.rss malformed XML at line"),
                        s -> assertThat(s).startsWith("sitemap.xml XML is not an RSS or Atom feed (root element <urlset>)"));
    }

    @Test
    void rss1RdfItemsAreRead() throws IOException {
        Path feed = dir.resolve("moorland.rdf");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://moorland-echo.example/"><title>Moorland Echo</title></channel>
                  <item rdf:about="https://moorland-echo.example/sheep-fair">
                    <title>Sheep fair draws record crowd</title>
                    <link>https://moorland-echo.example/sheep-fair</link>
                    <dc:date>2026-09-12</dc:date>
                    <description>About 6,000 visitors came to the Highfold sheep fair on Saturday, the organisers said.</description>
                  </item>
                </rdf:RDF>
                """, StandardCharsets.UTF_8);
        ingest(feed);
        assertThat(rejections).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.hints().outlet()).isEqualTo("Moorland Echo");
            assertThat(d.hints().url()).isEqualTo("https://moorland-echo.example/sheep-fair");
            assertThat(d.hints().published()).isEqualTo("2026-09-12");
            assertThat(d.content()).startsWith("About 6,000 visitors");
        });
    }

    @Test
    void aPageWithAnXmlDeclarationIsStillReadAsAPage() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html><body><p>Hello</p></body></html>",
                StandardCharsets.UTF_8);
        ingest(page);
        assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("<p>Hello</p>"));
    }
}
