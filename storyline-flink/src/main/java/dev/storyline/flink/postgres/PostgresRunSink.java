package dev.storyline.flink.postgres;

import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;
import dev.storyline.flink.StorylineJob;
import dev.storyline.store.PostgresStoryStore;
import dev.storyline.store.StoryStore;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

import java.io.IOException;
import java.util.List;

/**
 * Writes the job's stories into the server's PostgreSQL store, through the same {@link PostgresStoryStore} that
 * {@code storyline serve --db} reads: articles with {@code addArticles}, then the stories, their claims and
 * timelines with {@code saveRun}, as {@code StoryService} does.
 *
 * <p>Input: the runs the assignment task emits just before each checkpoint barrier (and at the end of the input).
 * Only the latest is kept and it is written when the writer is flushed, which Flink does before this sink takes
 * its part of that checkpoint; so a completed checkpoint means its stories are in the database. The writes are
 * idempotent, which makes at-least-once enough: after a restart from a checkpoint the job replays what came after
 * it, {@code addArticles} ignores articles already stored (unique by id and content hash), and {@code saveRun}
 * replaces the stories as a whole. No article is lost and none is stored twice.
 *
 * <p>Run it at parallelism 1: a run is the whole set of stories and the last one written wins.
 */
public final class PostgresRunSink implements Sink<String> {
    private final String url;

    public PostgresRunSink(String url) {
        this.url = url;
    }

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) {
        return new Writer(url);
    }

    static final class Writer implements SinkWriter<String> {
        private final String url;
        private StoryStore store; // opened at the first write, so a job that never writes never connects
        private String latest;
        private int stored; // articles of the run already stored by this writer: a run's articles only grow at the end

        Writer(String url) {
            this.url = url;
        }

        @Override
        public void write(String run, Context context) {
            latest = run;
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            if (latest == null) return;
            StoryRun run = StorylineJob.JSON.readValue(latest, StoryRun.class);
            if (store == null) store = PostgresStoryStore.open(url);
            List<Article> articles = run.articles();
            // a run lists its articles in arrival order, so only the tail is new to this writer (a new writer,
            // after a restart, offers them all once: the store keeps the first copy)
            if (stored < articles.size()) store.addArticles(articles.subList(stored, articles.size()));
            store.saveRun(run);
            stored = articles.size();
            latest = null;
        }

        @Override
        public void close() {
            if (store != null) store.close();
        }
    }
}
