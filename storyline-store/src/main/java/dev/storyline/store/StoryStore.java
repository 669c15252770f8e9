package dev.storyline.store;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;

import java.util.List;
import java.util.Optional;

/**
 * Where articles and stories live. The embedded store (SQLite under a data folder) is the default;
 * a server database serves shared deployments with the same behaviour.
 * Implementations are thread-safe.
 */
public interface StoryStore extends AutoCloseable {
    /**
     * Adds the articles whose content is not stored yet (same content hash = same article) and returns
     * those that were new. Durable when it returns: a crash afterwards loses none of them.
     */
    List<Article> addArticles(List<Article> articles);

    /** All articles, in the order they were first stored. */
    List<Article> articles();

    /** How many articles are stored (cheaper than {@link #articles()} where the store can count). */
    default int articleCount() {
        return articles().size();
    }

    Optional<Article> article(String id);

    /** Replaces the stories (and their run's reuse and facts) with this run's, atomically. */
    void saveRun(StoryRun run);

    /** The latest run, if any. */
    Optional<StoryRun> lastRun();

    default List<Story> stories() {
        return lastRun().map(StoryRun::stories).orElse(List.of());
    }

    default Optional<Story> story(String id) {
        return stories().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    void close();
}
