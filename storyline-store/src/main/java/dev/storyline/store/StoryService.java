package dev.storyline.store;

import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.domain.StoryRun;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.DocumentSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Ingest into a store and keep its stories current: the one flow shared by the CLI, the server and the watcher.
 * Articles are stored in batches as they are extracted, so what was acknowledged survives a crash in the
 * middle of a large ingest. Thread-safe: adds are serialised so concurrent callers neither lose nor
 * duplicate articles.
 */
public final class StoryService {
    /** Told how far an ingest has got. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    static final int BATCH = 100;

    private final Storyline storyline;
    private final StoryStore store;
    /**
     * The stories kept current as articles arrive, after a first full build in publication order; null until then.
     * Adding to it costs the new articles' work and the retelling of the stories they touch, where a full rebuild
     * would cost every stored article again on every add (what made a busy server answer in seconds).
     */
    private volatile StorySession live;
    private int liveArticles;
    private StoryRun current;

    public StoryService(Storyline storyline, StoryStore store) {
        this.storyline = storyline;
        this.store = store;
    }

    public StoryStore store() { return store; }

    public Storyline storyline() { return storyline; }

    /** Reads files and folders, stores the new articles, and brings the stories up to date. */
    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, Progress.NONE);
    }

    public IngestReport ingest(List<Path> paths, Progress progress) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        storyline.read(paths, new DocumentSink() {
            @Override
            public void accept(RawDocument document) { documents.add(document); }

            @Override
            public void reject(Rejection rejection) { rejections.add(rejection); }
        });
        IngestReport report = add(documents, progress);
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(report.rejections());
        return new IngestReport(report.read() + rejections.size(), report.added(), report.duplicates(), all);
    }

    public IngestReport add(List<RawDocument> documents) {
        return add(documents, Progress.NONE);
    }

    /**
     * Extracts and stores documents (rejecting those without a usable article), then brings the stories up to date.
     * Extraction and the per-article stages (text, facts, embedding) run on the caller's thread: a big article costs
     * its own request, not everyone's. What depends on the store and on arrival order runs under one writer, and
     * the writer takes every add waiting for it at once (a group commit): the stories are told and saved once per
     * group, so sixteen clients posting together pay for one save, not sixteen in a row. More than {@link #BATCH}
     * documents at once are a bulk load ({@link #addInBulk}).
     */
    public IngestReport add(List<RawDocument> documents, Progress progress) {
        if (documents.size() > BATCH) return addInBulk(documents, progress);
        Pending pending = new Pending();
        StorySession session = live; // any session of this Storyline prepares alike: the result is plain data
        for (int i = 0; i < documents.size(); i++) {
            Article article = extract(documents.get(i), pending.rejections);
            if (article != null) {
                pending.articles.add(article);
                if (session != null) pending.prepared.put(article.id(), session.prepare(article));
            }
            progress.update(i + 1, documents.size());
        }
        pending.read = documents.size();
        synchronized (waiting) {
            waiting.add(pending);
        }
        synchronized (this) {
            if (!pending.done) commit();
        }
        if (pending.failure != null) throw pending.failure;
        return pending.report;
    }

    /**
     * A folder or a big batch: stored a batch at a time as it is extracted, so what was stored survives a crash in
     * the middle, and the stories brought up to date once at the end (a first ingest builds them in publication
     * order, as a run would). It holds the writer for its whole length, as a bulk load may.
     */
    private synchronized IngestReport addInBulk(List<RawDocument> documents, Progress progress) {
        List<Rejection> rejections = new ArrayList<>();
        int added = 0;
        int duplicates = 0;
        List<Article> batch = new ArrayList<>();
        List<Article> stored = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Article article = extract(documents.get(i), rejections);
            if (article != null) batch.add(article);
            if (batch.size() >= BATCH || i == documents.size() - 1) {
                List<Article> fresh = store.addArticles(batch);
                stored.addAll(fresh);
                added += fresh.size();
                duplicates += batch.size() - fresh.size();
                batch.clear();
            }
            progress.update(i + 1, documents.size());
        }
        if (added > 0 || stale()) update(stored, Map.of());
        return new IngestReport(documents.size(), added, duplicates, rejections);
    }

    /** The document's article, or null with its rejection noted. */
    private Article extract(RawDocument document, List<Rejection> rejections) {
        try {
            return storyline.extract(document);
        } catch (ExtractionException e) {
            rejections.add(new Rejection(document.source(), e.getMessage()));
        } catch (RuntimeException e) {
            rejections.add(new Rejection(document.source(), "could not be processed: " + e));
        }
        return null;
    }

    /** One caller's extracted articles, waiting for the writer, and what became of them. */
    private static final class Pending {
        final List<Article> articles = new ArrayList<>();
        final Map<String, StorySession.Prepared> prepared = new HashMap<>();
        final List<Rejection> rejections = new ArrayList<>();
        int read;
        boolean done;
        IngestReport report;
        RuntimeException failure;
    }

    private final List<Pending> waiting = new ArrayList<>();

    /** Under the writer: stores every waiting caller's articles in batches, then updates and saves the stories once. */
    private void commit() {
        List<Pending> group;
        synchronized (waiting) {
            group = new ArrayList<>(waiting);
            waiting.clear();
        }
        List<Article> stored = new ArrayList<>();
        Map<String, StorySession.Prepared> prepared = new HashMap<>();
        try {
            for (Pending p : group) {
                int added = 0;
                for (int from = 0; from < p.articles.size(); from += BATCH) {
                    List<Article> batch = p.articles.subList(from, Math.min(p.articles.size(), from + BATCH));
                    List<Article> fresh = store.addArticles(batch);
                    stored.addAll(fresh);
                    added += fresh.size();
                }
                prepared.putAll(p.prepared);
                p.report = new IngestReport(p.read, added, p.articles.size() - added, p.rejections);
            }
            if (!stored.isEmpty() || stale()) update(stored, prepared);
        } catch (RuntimeException e) {
            for (Pending p : group) p.failure = e;
        } finally {
            for (Pending p : group) p.done = true;
        }
    }

    /**
     * True when the stored stories do not cover every stored article: a process killed between storing a batch
     * and saving the rebuilt stories leaves exactly that, and the next ingest (even of nothing new) repairs it.
     */
    private boolean stale() {
        if (live != null) return liveArticles != store.articleCount();
        // every article is in exactly one story, so the saved stories cover the store when their sizes add up
        // (a store rebuilds the run's article list from all stored articles, so that list cannot tell)
        return store.lastRun().map(run -> covered(run) != store.articleCount()).orElse(true);
    }

    static int covered(StoryRun run) {
        return run.stories().stream().mapToInt(s -> s.articleIds().size()).sum();
    }

    /**
     * The new articles join the live stories, in arrival order, when the live session holds every other stored
     * article; otherwise (first add of this process, or another process wrote to the store) everything is rebuilt.
     */
    private void update(List<Article> added, Map<String, StorySession.Prepared> prepared) {
        if (live != null && liveArticles + added.size() == store.articleCount()) {
            for (Article a : added) {
                StorySession.Prepared p = prepared.get(a.id());
                if (p != null) live.add(p);
                else live.add(a);
            }
            liveArticles += added.size();
            save(live.snapshot());
        } else {
            rebuild();
        }
    }

    /** Recomputes every story from the stored articles, in publication order. */
    public synchronized StoryRun rebuild() {
        List<Article> all = store.articles();
        live = storyline.session(all);
        liveArticles = all.size();
        return save(live.snapshot());
    }

    private StoryRun save(StoryRun run) {
        store.saveRun(run);
        current = run;
        return run;
    }

    /** The stories as this service last saved them, else as the store holds them. */
    public synchronized Optional<StoryRun> lastRun() {
        return current != null ? Optional.of(current) : store.lastRun();
    }

    /** Forgets what this service holds in memory: the next read and add see the store as others left it. */
    public synchronized void forget() {
        live = null;
        current = null;
    }
}
