package dev.storyline.server;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's side of the store: every write (API posts, the folder watcher) goes through here, so the
 * snapshot the API reads and the events clients get follow each change. Writes are serialised (the service
 * serialises them anyway); reads take the current snapshot without a lock.
 */
final class Library {
    private final StoryService service;
    private final StoryEvents events;
    private volatile Snapshot current;

    Library(StoryService service, StoryEvents events) {
        this.service = service;
        this.events = events;
        this.current = load();
    }

    Snapshot snapshot() { return current; }

    synchronized IngestReport add(List<RawDocument> documents, List<Rejection> rejectedBefore) {
        IngestReport report = documents.isEmpty() ? new IngestReport(0, 0, 0, List.of()) : service.add(documents);
        if (report.added() > 0) refresh();
        List<Rejection> rejections = new ArrayList<>(rejectedBefore);
        rejections.addAll(report.rejections());
        return new IngestReport(report.read() + rejectedBefore.size(), report.added(), report.duplicates(), rejections);
    }

    synchronized IngestReport ingest(List<Path> paths) {
        IngestReport report = service.ingest(paths);
        if (report.added() > 0) refresh();
        return report;
    }

    private void refresh() {
        Snapshot before = current;
        current = load();
        events.changed(before, current);
    }

    private Snapshot load() {
        return service.store().lastRun().map(Snapshot::new).orElse(Snapshot.EMPTY);
    }
}
