package dev.storyline.store;

import dev.storyline.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir
    Path dir;

    @Override
    protected StoryStore openStore() {
        return SqliteStoryStore.open(dir);
    }

    @Test
    void aSaveAfterAnotherProcessWroteRewritesAllInsteadOfOnlyWhatItChanged() {
        StoryStore mine = open();
        StoryStore theirs = SqliteStoryStore.open(dir); // another process on the same data folder
        List<Article> all = arrivals();
        mine.addArticles(all.subList(0, 3));
        dev.storyline.StorySession session = new dev.storyline.Storyline(dev.storyline.settings.Settings.DEFAULTS).session();
        all.subList(0, 3).forEach(session::add);
        mine.saveRun(session.snapshot());
        // the other one saves a run of its own: nothing of it is what "mine" saved
        theirs.addArticles(all.subList(3, 5));
        theirs.saveRun(realRun(theirs.articles()));
        // "mine" goes on from its session; written whole, its run is what is read, not a mix of the two
        mine.addArticles(all.subList(5, 7));
        all.subList(3, 7).forEach(session::add);
        dev.storyline.domain.StoryRun next = session.snapshot();
        mine.saveRun(next);
        assertThat(theirs.lastRun().orElseThrow().stories()).isEqualTo(next.stories());
        theirs.close();
    }

    @Test
    void aRowThatCannotBeReadIsSkippedAndTheRestOfTheStoreStillOpens() throws Exception {
        StoryStore store = open();
        store.addArticles(List.of(article("a", "h1", "One."), article("b", "h2", "Two.")));
        store.close();
        // as another version or a damaged disk might leave it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStoryStore.FILE).toAbsolutePath());
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE articles SET json = '{\"id\": \"a\", \"text\": ' WHERE id = 'a'");
        }
        StoryStore again = open();
        assertThat(again.articles()).extracting(Article::id).containsExactly("b");
        assertThat(again.addArticles(List.of(article("c", "h3", "Three.")))).extracting(Article::id).containsExactly("c");
    }
}
