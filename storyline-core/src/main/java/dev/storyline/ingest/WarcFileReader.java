package dev.storyline.ingest;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.Rejection;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A web archive (WARC, plain or gzipped): one document per archived HTML page, i.e. each {@code response}
 * record with a 2xx HTTP status and an HTML Content-Type; requests, metadata, images, redirects are skipped.
 * The crawl date (WARC-Date) is deliberately not passed on as a publication date: the extractor trusts a
 * container date above the page's own, and a crawl can happen years after publication.
 */
final class WarcFileReader implements DocumentReader {
    private final long maxArchiveBytes;
    private final long maxRecordBytes;

    WarcFileReader(long maxArchiveBytes, long maxRecordBytes) {
        this.maxArchiveBytes = maxArchiveBytes;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return true;
        return new String(head, 0, Math.min(head.length, 8), StandardCharsets.ISO_8859_1).startsWith("WARC/1.");
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try (InputStream in = open(file); WarcReader warc = new WarcReader(in)) {
            int n = 0;
            while (true) {
                WarcRecord record;
                try {
                    Optional<WarcRecord> next = warc.next();
                    if (next.isEmpty()) return;
                    record = next.get();
                } catch (LimitException e) {
                    sink.reject(new Rejection(file.toString(), e.getMessage() + "; stopped after record " + n));
                    return;
                } catch (IOException | RuntimeException e) {
                    // the stream is out of step now: the records before stay, nothing after can be trusted; jwarc
                    // reports some malformed headers (a Content-Length of "15!0") as unchecked exceptions
                    // skipping record n's rest and parsing record n+1 happen in one call: name the place, not a culprit
                    sink.reject(new Rejection(file + "#" + (n + 1), "truncated or malformed WARC data after record " + n
                            + ": " + e.getMessage()));
                    return;
                }
                n++;
                if (!(record instanceof WarcResponse response)) continue;
                String source = file + "#" + n;
                try {
                    page(source, response, sink);
                } catch (LimitException e) {
                    sink.reject(new Rejection(file.toString(), e.getMessage() + "; stopped at record " + n));
                    return;
                } catch (EOFException e) {
                    sink.reject(new Rejection(source, "truncated WARC record (" + targetOf(response) + "): " + e.getMessage()));
                    return;
                } catch (IOException | RuntimeException e) {
                    // jwarc reports malformed headers (two WARC-Target-URIs, a bad status line) as unchecked exceptions
                    sink.reject(new Rejection(source, "unreadable WARC record or HTTP response (" + targetOf(response) + "): "
                            + e.getMessage()));
                }
            }
        }
    }

    private static String targetOf(WarcResponse response) {
        try {
            return response.target();
        } catch (RuntimeException e) {
            return "no usable target URI";
        }
    }

    private void page(String source, WarcResponse response, DocumentSink sink) throws IOException {
        String target = response.target();
        if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) return;
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) return;
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (contentType == null || !WebPage.isHtml(contentType)) return;
        if (response.truncated() != null && response.truncated() != org.netpreserve.jwarc.WarcTruncationReason.NOT_TRUNCATED) {
            sink.reject(new Rejection(source, "page " + target + " was cut off by the crawler ("
                    + response.truncated().name().toLowerCase(Locale.ROOT) + ")"));
            return;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
        }
        if (body.length > maxRecordBytes) {
            sink.reject(new Rejection(source, "page " + target + " decodes to more than " + maxRecordBytes
                    + " bytes (ingest.maxRecordBytes)"));
            return;
        }
        try {
            // WARC-Date is the crawl date, not a publication date: left out on purpose (see the class comment)
            sink.accept(WebPage.document(target, body, contentType, new DocumentHints(null, target, null, null, null)));
        } catch (WebPage.UnusablePageException e) {
            sink.reject(new Rejection(source, "page " + target + ": " + e.getMessage()));
        }
    }

    private InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1F && raw.read() == 0x8B;
        raw.reset();
        // decompressing here, not in jwarc, lets the cap count decompressed bytes: a gzip bomb stops at the limit
        InputStream plain = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new Capped(plain, maxArchiveBytes);
    }

    /** Thrown when an archive decompresses to more than the limit. */
    static final class LimitException extends IOException {
        LimitException(String message) {
            super(message);
        }
    }

    /** Fails once more than {@code limit} bytes have been read. */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) add(skipped);
            return skipped;
        }

        private void add(long n) throws LimitException {
            count += n;
            if (count > limit) {
                throw new LimitException("archive decompresses to more than " + limit + " bytes (ingest.maxArchiveBytes)");
            }
        }
    }
}
