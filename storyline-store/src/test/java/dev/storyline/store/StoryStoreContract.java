package dev.storyline.store;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link StoryStore} promises, run against each implementation. A subclass says how to open
 * its store at this test's location; opening again there must see what was stored before (the in-memory
 * store's location is its one instance).
 */
abstract class StoryStoreContract {
    private final List<StoryStore> opened = new ArrayList<>();

    /** Opens the store at this test's location (again, if already opened). */
    protected abstract StoryStore openStore();

    /** True when storing one story id twice in a run is refused (the databases' unique key), keeping the previous run. */
    protected boolean refusesDuplicateStoryIds() {
        return true;
    }

    protected final StoryStore open() {
        StoryStore store = openStore();
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeAll() {
        for (StoryStore s : opened) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closed by the test already
            }
        }
    }

    static Article article(String id, String hash, String text) {
        return new Article(id, "test:" + id, null, "Title " + id, "Outlet", null, LocalDate.of(2024, 3, 12), List.of(), text,
                List.of(), hash);
    }

    static List<Article> newsArticles() {
        return List.of(article("a", "h1", "Around 7,000 fighters arrived in Damascus on Tuesday, a source told AFP."),
                article("b", "h2", "Around 7,000 fighters arrived in Damascus on Tuesday, a source said."),
                article("c", "h3", "The harbour ferry resumed service on Monday after a three-day suspension caused by the storm."));
    }

    static StoryRun realRun(List<Article> articles) {
        return new Storyline(Settings.DEFAULTS).run(articles);
    }

    @Test
    void addReturnsTheNewArticlesAndRefusesSameContentOrSameId() {
        StoryStore store = open();
        assertThat(store.addArticles(List.of(article("a", "h1", "One."), article("b", "h2", "Two."))))
                .extracting(Article::id).containsExactly("a", "b");
        assertThat(store.addArticles(List.of(article("c", "h1", "Same content as a."), article("a", "h3", "Same id."))))
                .isEmpty();
        // within one batch the first of a content wins
        assertThat(store.addArticles(List.of(article("d", "h4", "Four."), article("e", "h4", "Four again."), article("f", "h5", "Five."))))
                .extracting(Article::id).containsExactly("d", "f");
        assertThat(store.addArticles(List.of())).isEmpty();
        assertThat(store.articles()).extracting(Article::id).containsExactly("a", "b", "d", "f");
    }

    @Test
    void articlesComeInTheOrderTheyWereFirstStored() {
        StoryStore store = open();
        // hashes and ids deliberately out of alphabetical order
        store.addArticles(List.of(article("m", "h9", "M."), article("c", "h1", "C."), article("x", "h5", "X.")));
        store.addArticles(List.of(article("b", "h3", "B."), article("c", "h1", "C.")));
        store.addArticles(List.of(article("a", "h0", "A.")));
        assertThat(store.articles()).extracting(Article::id).containsExactly("m", "c", "x", "b", "a");
    }

    @Test
    void anArticleAsLargeAsIngestAcceptsReadsBackAndTheStoreStillOpens() {
        // over Jackson's default of 20 million characters a string, under ingest's 64 MiB a file
        String text = "The harbour ferry resumed service. ".repeat(620_000);
        StoryStore store = open();
        store.addArticles(List.of(article("big", "h1", text), article("small", "h2", "Two.")));
        store.close();
        StoryStore again = open();
        assertThat(again.articles()).extracting(Article::id).containsExactly("big", "small");
        assertThat(again.article("big")).hasValueSatisfying(a -> assertThat(a.text()).hasSize(text.length()));
    }

    @Test
    void anArticleIsFoundByIdAndReadsBackEqual() {
        StoryStore store = open();
        Article b = article("b", "h2", "Two, with \"quotes\", ünïcödé, a tab\tand a NUL \u0000 byte.");
        store.addArticles(List.of(article("a", "h1", "One."), b));
        assertThat(store.article("b")).contains(b);
        assertThat(store.article("zzz")).isEmpty();
        assertThat(store.lastRun()).isEmpty();
        assertThat(store.stories()).isEmpty();
    }

    @Test
    void aSavedRunReadsBackEqual() {
        StoryStore store = open();
        store.addArticles(newsArticles());
        StoryRun run = realRun(store.articles());
        assertThat(run.stories()).isNotEmpty();
        store.saveRun(run);
        assertThat(store.lastRun()).contains(run);
        assertThat(store.stories()).isEqualTo(run.stories());
        String id = run.stories().get(0).id();
        assertThat(store.story(id)).contains(run.stories().get(0));
        assertThat(store.story("no-such-story")).isEmpty();
    }

    /** Seven articles of three events arriving one by one: stories start, grow and stay, as on a live server. */
    static List<Article> arrivals() {
        List<Article> out = new ArrayList<>(newsArticles());
        out.add(article("d", "h4", "The harbour ferry service resumed on Monday after the storm, the operator said."));
        out.add(article("e", "h5", "Farmers in the valley union voted to strike over milk prices on Thursday."));
        out.add(article("f", "h6", "Some 7,000 fighters have arrived in Damascus, a Syrian security source told AFP."));
        out.add(article("g", "h7", "The valley farmers' union strike over milk prices began on Friday, the union said."));
        return out;
    }

    @Test
    void everySnapshotOfALiveSessionSavedInTurnReadsBackEqual() {
        StoryStore store = open();
        dev.storyline.StorySession session = new Storyline(Settings.DEFAULTS).session();
        for (Article a : arrivals()) {
            store.addArticles(List.of(a));
            session.add(a);
            StoryRun run = session.snapshot();
            store.saveRun(run); // after the first, only what changed is written where the store can tell
            assertThat(store.lastRun()).as("after " + a.id()).contains(run);
        }
        // a whole new session (a rebuild) tells every story anew: saved and read back equal too
        StoryRun rebuilt = realRun(store.articles());
        store.saveRun(rebuilt);
        assertThat(store.lastRun()).contains(rebuilt);
    }

    @Test
    void saveRunReplacesThePreviousRunWholeOrNotAtAll() {
        StoryStore store = open();
        store.addArticles(newsArticles().subList(0, 2));
        StoryRun first = realRun(store.articles());
        store.saveRun(first);
        store.addArticles(newsArticles().subList(2, 3));
        StoryRun second = realRun(store.articles());
        assertThat(second.stories()).isNotEqualTo(first.stories());
        store.saveRun(second);
        assertThat(store.lastRun()).contains(second);

        // a run that cannot be stored whole leaves the previous one
        List<dev.storyline.domain.Story> twice = new ArrayList<>(first.stories());
        twice.addAll(first.stories());
        StoryRun bad = new StoryRun(store.articles(), twice, List.of(), List.of(), first.provenance());
        boolean failed;
        try {
            store.saveRun(bad);
            failed = false;
        } catch (RuntimeException e) {
            failed = true;
        }
        assertThat(failed).isEqualTo(refusesDuplicateStoryIds());
        assertThat(store.stories()).isEqualTo(failed ? second.stories() : twice);

        store.saveRun(new StoryRun(store.articles(), List.of(), List.of(), List.of(), first.provenance()));
        assertThat(store.stories()).isEmpty();
        assertThat(store.lastRun().orElseThrow().articles()).hasSize(3);
    }

    @Test
    void aReaderSeesOneRunOrTheOtherNeverAMix() throws Exception {
        StoryStore writer = open();
        StoryStore reader = open();
        writer.addArticles(newsArticles());
        StoryRun one = realRun(writer.articles().subList(0, 2));
        StoryRun two = realRun(writer.articles());
        // two runs a mix could be told from: were they equal, any read would pass
        assertThat(one.stories()).isNotEqualTo(two.stories());
        writer.saveRun(one);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> mixed = new CopyOnWriteArrayList<>();
        AtomicInteger readsDuringWrites = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        CountDownLatch firstRead = new CountDownLatch(1);
        Thread reading = new Thread(() -> {
            try {
                while (!stop.get()) {
                    var stories = reader.stories();
                    if (!stories.equals(one.stories()) && !stories.equals(two.stories())) mixed.add(stories.toString());
                    if (writing.get()) readsDuringWrites.incrementAndGet();
                    firstRead.countDown();
                }
            } catch (Throwable t) {
                failed.set(t); // a reader that failed read nothing: the test must not pass on its silence
                firstRead.countDown();
            }
        });
        reading.start();
        assertThat(firstRead.await(30, TimeUnit.SECONDS)).isTrue();
        writing.set(true);
        for (int i = 0; i < 30; i++) writer.saveRun(i % 2 == 0 ? two : one);
        // the reader goes on until it has read at least once while the runs were being replaced
        for (int wait = 0; readsDuringWrites.get() == 0 && failed.get() == null && wait < 3000; wait++) Thread.sleep(10);
        stop.set(true);
        reading.join(30_000);
        assertThat(reading.isAlive()).isFalse();
        assertThat(failed.get()).isNull();
        assertThat(readsDuringWrites.get()).isPositive();
        assertThat(mixed).isEmpty();
    }

    @Test
    void concurrentRunWritersNeitherFailNorInterleave() throws Exception {
        StoryStore first = open();
        first.addArticles(newsArticles());
        StoryRun one = realRun(first.articles().subList(0, 2));
        StoryRun two = realRun(first.articles());
        int writers = 4;
        List<StoryStore> stores = new ArrayList<>();
        for (int t = 0; t < writers; t++) stores.add(open()); // for the databases: separate connections, as processes
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < writers; t++) {
            StoryStore store = stores.get(t);
            StoryRun mine = t % 2 == 0 ? one : two;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 10; i++) store.saveRun(mine);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(first.stories()).isIn(one.stories(), two.stories());
    }

    @Test
    void whatWasStoredIsThereAfterReopening() {
        StoryStore store = open();
        store.addArticles(newsArticles());
        StoryRun run = realRun(store.articles());
        store.saveRun(run);
        store.close();
        StoryStore again = open();
        assertThat(again.articles()).isEqualTo(newsArticles());
        assertThat(again.lastRun()).contains(run);
        assertThat(again.addArticles(newsArticles())).isEmpty();
    }

    @Test
    void concurrentWritersWithOverlappingArticlesStoreEachExactlyOnce() throws Exception {
        int threads = 8;
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) all.add(article("id" + i, String.format("hash%03d", (i * 37) % 60), "Text " + i + "."));
        List<StoryStore> stores = new ArrayList<>();
        for (int t = 0; t < threads; t++) stores.add(open()); // for the databases: one connection each, as separate processes
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Article>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            StoryStore store = stores.get(t);
            long seed = t;
            results.add(pool.submit(() -> {
                List<Article> mine = new ArrayList<>(all.subList((int) seed * 5, all.size())); // overlapping suffixes
                Collections.shuffle(mine, new Random(seed));
                start.await();
                List<Article> added = new ArrayList<>();
                for (int from = 0; from < mine.size(); from += 7) {
                    added.addAll(store.addArticles(mine.subList(from, Math.min(mine.size(), from + 7))));
                }
                return added;
            }));
        }
        start.countDown();
        List<String> added = new ArrayList<>();
        for (Future<List<Article>> f : results) f.get(120, TimeUnit.SECONDS).forEach(a -> added.add(a.id()));
        pool.shutdown();
        assertThat(added).doesNotHaveDuplicates().hasSize(all.size());
        assertThat(open().articles()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }
}
