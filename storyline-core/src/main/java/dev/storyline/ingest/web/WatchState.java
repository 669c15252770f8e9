package dev.storyline.ingest.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the watcher remembers between rounds and runs, in a small JSON file: per feed the validators for a
 * conditional GET (ETag, Last-Modified) and the keys of the items already handled (the newest few thousand).
 */
public final class WatchState {
    static final int MAX_SEEN = 5000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One feed's memory; lists, not sets, so the file reads in the order items were seen. */
    public record Entry(String etag, String lastModified, List<String> seen) {
        public Entry {
            seen = seen == null ? List.of() : List.copyOf(seen);
        }
    }

    private final Path file;
    private final Map<String, Entry> feeds;

    private WatchState(Path file, Map<String, Entry> feeds) {
        this.file = file;
        this.feeds = feeds;
    }

    /** Reads the file, or starts empty when there is none yet. */
    public static WatchState load(Path file) throws IOException {
        if (!Files.exists(file)) return new WatchState(file, new TreeMap<>());
        try {
            Map<String, Entry> feeds = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() {});
            return new WatchState(file, feeds == null ? new TreeMap<>() : feeds);
        } catch (IOException e) {
            throw new IOException("cannot read the watch state " + file + " (" + e.getMessage()
                    + "); move it away to start afresh", e);
        }
    }

    public Entry entry(String feed) {
        return feeds.getOrDefault(feed, new Entry(null, null, List.of()));
    }

    void validators(String feed, String etag, String lastModified) {
        Entry e = entry(feed);
        feeds.put(feed, new Entry(etag, lastModified, e.seen()));
    }

    boolean seen(String feed, String key) {
        return entry(feed).seen().contains(key);
    }

    void markSeen(String feed, String key) {
        Entry e = entry(feed);
        if (e.seen().contains(key)) return;
        List<String> seen = new ArrayList<>(e.seen());
        seen.add(key);
        if (seen.size() > MAX_SEEN) seen = seen.subList(seen.size() - MAX_SEEN, seen.size());
        feeds.put(feed, new Entry(e.etag(), e.lastModified(), seen));
    }

    /** Writes the file whole and then moves it into place, so a crash leaves the old state, not half a file. */
    public void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".watch-state", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), feeds);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
