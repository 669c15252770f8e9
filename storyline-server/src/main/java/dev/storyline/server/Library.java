package dev.storyline.server;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The server's side of the store: every write (API posts, the folder watcher) goes through here, so the
 * snapshot the API reads and the events clients get follow each change. The service serialises writes (in
 * groups); reads take the current snapshot without a lock.
 */
final class Library {
    private final StoryService service;
    private final StoryEvents events;
    private volatile Snapshot current;
    private Supplier<?> storeVersion = () -> null;
    private Object seenVersion;

    Library(StoryService service, StoryEvents events) {
        this.service = service;
        this.events = events;
        this.current = load();
    }

    /**
     * Follows writes made to the store by others (another process on the same data folder), told by a cheap
     * version of the store such as its files' sizes and times: when the version moves, the snapshot is reloaded.
     */
    synchronized void follow(Supplier<?> version) {
        storeVersion = version;
        seenVersion = version.get();
    }

    /** Reloads if the store changed since this server last looked; a no-op without {@link #follow}. */
    synchronized void reloadIfChanged() {
        Object now = storeVersion.get();
        if (Objects.equals(now, seenVersion)) return;
        service.forget(); // another process wrote: what this one holds in memory is behind the store
        refresh();
    }

    Snapshot snapshot() { return current; }

    /**
     * Not under this object's lock: the service extracts on the caller's thread and commits concurrent adds as one
     * group, which a lock here would undo (every request would wait for each one before it, one by one).
     */
    IngestReport add(List<RawDocument> documents, List<Rejection> rejectedBefore) {
        IngestReport report = documents.isEmpty() ? new IngestReport(0, 0, 0, List.of()) : service.add(documents);
        if (report.added() > 0) refreshIfBehind();
        List<Rejection> rejections = new ArrayList<>(rejectedBefore);
        rejections.addAll(report.rejections());
        return new IngestReport(report.read() + rejectedBefore.size(), report.added(), report.duplicates(), rejections);
    }

    synchronized IngestReport ingest(List<Path> paths) {
        IngestReport report = service.ingest(paths);
        if (report.added() > 0) refresh();
        return report;
    }

    /** Refreshes unless another request of the same group commit already did: one snapshot per saved run. */
    private synchronized void refreshIfBehind() {
        if (service.lastRun().orElse(null) == current.run) return;
        refresh();
    }

    private void refresh() {
        Snapshot before = current;
        current = load();
        seenVersion = storeVersion.get(); // our own write moved it too: not a change to reload for
        events.changed(before, current);
    }

    private Snapshot load() {
        return service.lastRun().map(Snapshot::new).orElse(Snapshot.EMPTY);
    }
}
