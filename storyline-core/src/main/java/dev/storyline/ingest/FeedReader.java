package dev.storyline.ingest;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A saved RSS or Atom feed: one document per item that carries its text (content:encoded, Atom content, or the
 * description as a last resort); an item with only a link is rejected with a pointer to {@code storyline watch},
 * which fetches the page.
 */
final class FeedReader implements DocumentReader {
    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf")) return true;
        String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1).stripLeading();
        if (!start.startsWith("<?xml") && !start.startsWith("<rss") && !start.startsWith("<feed")
                && !start.startsWith("<rdf:RDF") && !start.startsWith("<!")) {
            return false;
        }
        // a saved page can begin with an XML declaration too: only a feed's root element makes it a feed
        return name.endsWith(".xml") || start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:RDF");
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        Feed feed;
        try {
            feed = Feed.parse(Files.readAllBytes(file));
        } catch (Feed.FeedException e) {
            sink.reject(new Rejection(file.toString(), e.getMessage()));
            return;
        }
        List<Feed.Item> items = feed.items();
        if (items.isEmpty()) {
            sink.reject(new Rejection(file.toString(), "feed has no items"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String source = file + "#" + (i + 1);
            RawDocument doc = items.get(i).toDocument(source, feed.title());
            if (doc == null) {
                sink.reject(new Rejection(source, "feed item has no text, only a link"
                        + (items.get(i).url() != null ? " (" + items.get(i).url() + "): storyline watch fetches it" : "")));
            } else {
                sink.accept(doc);
            }
        }
    }
}
