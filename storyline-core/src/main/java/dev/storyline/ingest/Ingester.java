package dev.storyline.ingest;

import dev.storyline.domain.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads files and folders ({@link FolderFiles}: recursively, in name order, links not followed) with the reader for each file's
 * format. Every file that cannot be used is reported with its path and the reason, and reading goes on.
 */
public final class Ingester {
    private final IngestSettings settings;
    private final JsonFileReader json;
    private final DocumentReader html = new HtmlFileReader();
    private final DocumentReader feed = new FeedReader();
    private final DocumentReader text = new TextFileReader();
    private final DocumentReader warc;
    private final List<DocumentReader> readers;

    public Ingester(IngestSettings settings) {
        this.settings = settings;
        this.json = new JsonFileReader(settings.maxRecordChars());
        this.warc = new WarcFileReader(settings.maxArchiveBytes(), settings.maxRecordBytes());
        this.readers = List.of(json, html, feed, text);
    }

    /** Reads every file under the paths into the sink. */
    public void ingest(List<Path> paths, DocumentSink sink) {
        for (Path root : paths) {
            if (!Files.exists(root)) {
                sink.reject(new Rejection(root.toString(), "no such file or folder"));
                continue;
            }
            List<Path> files = FolderFiles.list(root, sink::reject);
            for (Path file : files) readFile(file, sink);
        }
    }

    /**
     * One JSON article that arrived as a string rather than a file (a Kafka record, say), with the fields and
     * limits of a line of a JSON-lines file; {@code source} names where it came from.
     */
    public void readRecord(String source, String json, DocumentSink sink) {
        this.json.readRecord(source, json, sink);
    }

    private void readFile(Path file, DocumentSink sink) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                sink.reject(new Rejection(file.toString(), "empty file"));
                return;
            }
            byte[] head = head(file);
            // archives are binary (gzip, images inside) and large by nature: they have limits of their own
            if (warc.accepts(file, head)) {
                if (size > settings.maxArchiveBytes()) {
                    sink.reject(new Rejection(file.toString(), "archive of " + size + " bytes is over the limit of "
                            + settings.maxArchiveBytes() + " bytes (ingest.maxArchiveBytes)"));
                    return;
                }
                warc.read(file, sink);
                return;
            }
            if (size > settings.maxFileBytes()) {
                sink.reject(new Rejection(file.toString(), "file of " + size + " bytes is over the limit of "
                        + settings.maxFileBytes() + " bytes (ingest.maxFileBytes)"));
                return;
            }
            if (Decoding.looksBinary(head)) {
                sink.reject(new Rejection(file.toString(), "binary content, not text, HTML or JSON"));
                return;
            }
            reader(file, head).read(file, sink);
        } catch (IOException e) {
            sink.reject(new Rejection(file.toString(), "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            // a reader bug must not stop the batch, but it must not pass for a property of the file either
            sink.reject(new Rejection(file.toString(), INTERNAL_ERROR + e));
        }
    }

    /** Start of the reason given when a reader failed on a file by a fault of its own (the fuzz tests look for it). */
    public static final String INTERNAL_ERROR = "internal error while reading: ";

    private DocumentReader reader(Path file, byte[] head) {
        for (DocumentReader r : readers) if (r.accepts(file, head)) return r;
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (start.startsWith("<")) return html;
        if (start.startsWith("{") || start.startsWith("[")) return json;
        return text;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }
}
