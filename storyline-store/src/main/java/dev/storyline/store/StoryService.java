package dev.storyline.store;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.domain.StoryRun;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.DocumentSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest into a store and keep its stories current: the one flow shared by the CLI, the server and the watcher.
 * Thread-safe: adds are serialised so concurrent callers neither lose nor duplicate articles.
 */
public final class StoryService {
    private final Storyline storyline;
    private final StoryStore store;

    public StoryService(Storyline storyline, StoryStore store) {
        this.storyline = storyline;
        this.store = store;
    }

    public StoryStore store() { return store; }

    public Storyline storyline() { return storyline; }

    /** Reads files and folders, stores the new articles, and rebuilds the stories. */
    public IngestReport ingest(List<Path> paths) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        storyline.read(paths, new DocumentSink() {
            @Override
            public void accept(RawDocument document) { documents.add(document); }

            @Override
            public void reject(Rejection rejection) { rejections.add(rejection); }
        });
        IngestReport report = add(documents);
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(report.rejections());
        return new IngestReport(report.read(), report.added(), report.duplicates(), all);
    }

    /** Extracts and stores documents (rejecting those without a usable article), then rebuilds the stories. */
    public synchronized IngestReport add(List<RawDocument> documents) {
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (RawDocument document : documents) {
            try {
                articles.add(storyline.extract(document));
            } catch (ExtractionException e) {
                rejections.add(new Rejection(document.source(), e.getMessage()));
            }
        }
        List<Article> added = store.addArticles(articles);
        if (!added.isEmpty()) rebuild();
        return new IngestReport(documents.size(), added.size(), articles.size() - added.size(), rejections);
    }

    /** Recomputes every story from the stored articles, in publication order. */
    public synchronized StoryRun rebuild() {
        StoryRun run = storyline.run(store.articles());
        store.saveRun(run);
        return run;
    }
}
