package dev.storyline.ingest;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A saved web page: one document per file; its canonical URL, if the page names one, becomes a hint. */
final class HtmlFileReader implements DocumentReader {
    private static final Pattern CANONICAL = Pattern.compile(
            "<link[^>]+rel=[\"']?canonical[\"']?[^>]*href=[\"']?([^\"'\\s>]+)|<meta[^>]+property=[\"']?og:url[\"']?[^>]*content=[\"']?([^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return !name.contains(".") && (start.startsWith("<!doctype html") || start.startsWith("<html"));
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try {
            String html = Decoding.decode(Files.readAllBytes(file), null, true);
            if (html.isBlank()) {
                sink.reject(new Rejection(file.toString(), "no content (only white space)"));
                return;
            }
            Matcher m = CANONICAL.matcher(html.length() > 65536 ? html.substring(0, 65536) : html);
            String url = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
            if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) url = null;
            sink.accept(new RawDocument(file.toString(), RawDocument.Format.HTML, html,
                    new DocumentHints(null, url, null, null, null)));
        } catch (Decoding.UndecodableException e) {
            sink.reject(new Rejection(file.toString(), e.getMessage()));
        }
    }
}
