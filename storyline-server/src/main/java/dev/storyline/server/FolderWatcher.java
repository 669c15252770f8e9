package dev.storyline.server;

import dev.storyline.domain.Rejection;
import dev.storyline.ingest.FolderFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ingests files that appear (or change) in a folder while the server runs. Polling rather than WatchService:
 * it behaves the same on every file system (network and container mounts often deliver no events), and a file
 * is only taken once its size and time stopped changing between two polls, so a half-copied file is not read.
 * Files already there at start are ingested too (stored articles come back as duplicates and cost nothing).
 */
final class FolderWatcher implements AutoCloseable {
    private record Seen(long size, long modified) {}

    private final Path folder;
    private final Consumer<List<Path>> ingest;
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Map<Path, Seen> done = new HashMap<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storyline-watch");
        t.setDaemon(true);
        return t;
    });

    FolderWatcher(Path folder, Consumer<List<Path>> ingest) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("not a folder: " + folder);
        this.folder = folder;
        this.ingest = ingest;
    }

    void start(Duration every) {
        poller.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                // one failed poll (a file removed mid-walk, a bad file) must not stop the watch
                System.err.println("storyline watch: " + e.getMessage());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pass: files unchanged since the last pass and not ingested in this state yet are ingested now. */
    synchronized void poll() {
        Map<Path, Seen> now = new HashMap<>();
        for (Path p : FolderFiles.list(folder, this::skipped)) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                now.put(p, new Seen(attrs.size(), attrs.lastModifiedTime().toMillis()));
            } catch (IOException e) {
                // vanished between listing and reading: the next pass will tell
            }
        }
        List<Path> ready = now.entrySet().stream()
                .filter(e -> e.getValue().equals(pending.get(e.getKey())) && !e.getValue().equals(done.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        pending.clear();
        pending.putAll(now);
        if (ready.isEmpty()) return;
        ingest.accept(ready);
        ready.forEach(p -> done.put(p, now.get(p)));
    }

    /** A link, a FIFO or a device in the folder is told once in the log, not at every pass. */
    private void skipped(Rejection r) {
        if (reported.add(r.source())) System.err.println("storyline watch: skipped " + r.source() + ": " + r.reason());
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
