package dev.storyline.ingest;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Archives are built here with jwarc's writer, pages invented; a truncated record is cut by hand. */
class WarcFileReaderTest {
    static final Instant CRAWLED = Instant.parse("2026-11-23T10:15:00Z");
    static final String PAGE = "<html><head><title>Tram line opens in Northgate</title></head><body><article>"
            + "<h1>Tram line opens in Northgate</h1><p>The first tram on the new Northgate line left the depot at dawn.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    final List<RawDocument> docs = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final DocumentSink sink = new DocumentSink() {
        public void accept(RawDocument d) { docs.add(d); }

        public void reject(Rejection r) { rejections.add(r); }
    };

    static byte[] http(String status, String contentType, byte[] body, String... extraHeaders) {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + "\r\n");
        if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
        for (String h : extraHeaders) head.append(h).append("\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static WarcResponse response(String uri, byte[] http) {
        return new WarcResponse.Builder(uri).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A small crawl: a request, an HTML page, an image, a redirect, a page whose header names the wrong charset. */
    Path crawl(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Channels.newChannel(Files.newOutputStream(file)), compression)) {
            w.write(new WarcRequest.Builder("https://northgate-post.example/2026/tram").date(CRAWLED)
                    .body(MediaType.HTTP_REQUEST, "GET /2026/tram HTTP/1.1\r\nHost: northgate-post.example\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1)).build());
            w.write(response("https://northgate-post.example/2026/tram",
                    http("200 OK", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8))));
            w.write(response("https://northgate-post.example/img/tram.png",
                    http("200 OK", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})));
            w.write(response("https://northgate-post.example/old-tram",
                    http("301 Moved Permanently", "text/html", new byte[0], "Location: /2026/tram")));
            // the server says Latin-1 but sends UTF-8: the bytes win, so "Café" does not turn into "CafÃ©"
            w.write(response("https://northgate-post.example/2026/cafe",
                    http("200 OK", "text/html; charset=iso-8859-1",
                            "<html><body><p>Caf\u00e9 owners welcome the trams.</p></body></html>".getBytes(StandardCharsets.UTF_8))));
            // a gzip-encoded body is decoded before decoding the text
            w.write(response("https://northgate-post.example/2026/depot",
                    http("200 OK", "text/html", gzip("<html><body><p>Depot tour.</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                            "Content-Encoding: gzip")));
        }
        return file;
    }

    void ingest(IngestSettings settings, Path... files) {
        new Ingester(settings).ingest(List.of(files), sink);
    }

    @Test
    void htmlResponsesBecomeDocumentsAndTheRestIsSkipped() throws IOException {
        Path warc = crawl("crawl.warc", WarcCompression.NONE);
        Path warcGz = crawl("crawl.warc.gz", WarcCompression.GZIP);
        ingest(IngestSettings.DEFAULTS, warc, warcGz);
        assertThat(rejections).isEmpty();
        assertThat(docs).hasSize(6);
        for (int i : new int[]{0, 3}) {
            RawDocument page = docs.get(i);
            assertThat(page.source()).isEqualTo("https://northgate-post.example/2026/tram");
            assertThat(page.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(page.content()).isEqualTo(PAGE);
            assertThat(page.hints().url()).isEqualTo("https://northgate-post.example/2026/tram");
            assertThat(page.hints().published()).as("the crawl date is no publication date").isNull();
            assertThat(docs.get(i + 1).content()).contains("Caf\u00e9 owners");
            assertThat(docs.get(i + 2).content()).contains("<p>Depot tour.</p>");
        }
    }

    @Test
    void aTruncatedRecordIsRejectedAndTheRecordsBeforeItAreKept() throws IOException {
        byte[] whole = Files.readAllBytes(crawl("whole.warc", WarcCompression.NONE));
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.writeBytes(whole);
        String last = "<html><body><p>" + "Northgate council minutes. ".repeat(40) + "</p></body></html>";
        byte[] lastHttp = http("200 OK", "text/html", last.getBytes(StandardCharsets.UTF_8));
        try (WarcWriter w = new WarcWriter(Channels.newChannel(cut), WarcCompression.NONE)) {
            w.write(response("https://northgate-post.example/2026/minutes", lastHttp));
        }
        Path file = dir.resolve("cut.warc");
        Files.write(file, Arrays.copyOf(cut.toByteArray(), whole.length + 600));
        ingest(IngestSettings.DEFAULTS, file);
        assertThat(docs).extracting(RawDocument::source).containsExactly("https://northgate-post.example/2026/tram",
                "https://northgate-post.example/2026/cafe", "https://northgate-post.example/2026/depot");
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(file + "#7");
            assertThat(r.reason()).contains("truncated");
        });
    }

    @Test
    void aTruncatedGzipArchiveKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] whole = Files.readAllBytes(crawl("whole.warc.gz", WarcCompression.GZIP));
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length - 40));
        ingest(IngestSettings.DEFAULTS, file);
        assertThat(docs).extracting(RawDocument::source).containsExactly("https://northgate-post.example/2026/tram",
                "https://northgate-post.example/2026/cafe");
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).startsWith(file + "#");
            assertThat(r.reason()).containsAnyOf("truncated", "Unexpected end");
        });
    }

    @Test
    void aGzipBombStopsAtTheArchiveLimitAndAPageBombAtTheRecordLimit() throws IOException {
        Path bomb = dir.resolve("bomb.warc.gz");
        byte[] huge = ("<html><body><p>" + " ".repeat(400_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        try (WarcWriter w = new WarcWriter(Channels.newChannel(Files.newOutputStream(bomb)), WarcCompression.GZIP)) {
            w.write(response("https://northgate-post.example/a", http("200 OK", "text/html", PAGE.getBytes(StandardCharsets.UTF_8))));
            w.write(response("https://northgate-post.example/b", http("200 OK", "text/html", gzip(huge), "Content-Encoding: gzip")));
            w.write(response("https://northgate-post.example/c", http("200 OK", "text/html", huge)));
        }
        assertThat(Files.size(bomb)).isLessThan(20_000);
        ingest(new IngestSettings(1 << 20, 1 << 20, 200_000, 100_000), bomb);
        assertThat(docs).extracting(RawDocument::source).containsExactly("https://northgate-post.example/a");
        assertThat(rejections).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("https://northgate-post.example/b").contains("more than 100000 bytes (ingest.maxRecordBytes)"),
                r -> assertThat(r).contains("https://northgate-post.example/c").contains("more than 100000 bytes (ingest.maxRecordBytes)"),
                // skipping the rest of c's 400 kB runs over the archive's limit: reading stops there
                r -> assertThat(r).contains("more than 200000 bytes (ingest.maxArchiveBytes); stopped after record 3"));
    }

    @Test
    void aWrongCharsetLabelOnLatinBytesFallsBackToTheMetaCharset() throws IOException {
        Path file = dir.resolve("latin.warc");
        byte[] latin = "<html><head><meta charset=\"windows-1252\"></head><body><p>Cr\u00e8me br\u00fbl\u00e9e fair</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        try (WarcWriter w = new WarcWriter(Channels.newChannel(Files.newOutputStream(file)), WarcCompression.NONE)) {
            w.write(response("https://northgate-post.example/fair", http("200 OK", "text/html; charset=utf-8", latin)));
        }
        ingest(IngestSettings.DEFAULTS, file);
        assertThat(rejections).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("Cr\u00e8me br\u00fbl\u00e9e"));
    }
}
