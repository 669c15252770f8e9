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
