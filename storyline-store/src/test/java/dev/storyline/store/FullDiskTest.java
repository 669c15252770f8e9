package dev.storyline.store;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store on a full disk (SQLite's size cap gives the same SQLITE_FULL a full disk does): a write error
 * surfaces with a message, the failed batch leaves nothing half-written, and what was stored before reads back
 * whole after a reopen.
 */
class FullDiskTest {
    static final Storyline STORYLINE = new Storyline(Settings.DEFAULTS.withCluster(Settings.DEFAULTS.cluster().withEmbeddings(false)));

    @TempDir
    Path data;

    @Test
    void writesFailLoudlyAndNothingHalfWrittenIsReadBack() throws Exception {
        StoryRun before;
        List<Article> first = articles(0, 5, 200);
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            assertThat(store.addArticles(first)).hasSize(5);
            before = STORYLINE.run(store.articles());
            store.saveRun(before);
            store.capSize(4);
            List<Article> big = articles(100, 30, 8_000);
            assertThatThrownBy(() -> store.addArticles(big)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("nothing of this batch was stored").hasMessageContaining("full");
            StoryRun bigger = STORYLINE.run(big);
            assertThatThrownBy(() -> store.saveRun(bigger)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the previous ones are kept");
            // the same store goes on serving reads after the failed writes
            assertThat(store.articles()).hasSize(5);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStoryStore.FILE));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            assertThat(store.articles()).containsExactlyElementsOf(first);
            assertThat(store.stories()).isEqualTo(before.stories());
        }
    }

    private static List<Article> articles(int from, int n, int chars) {
        List<Article> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            String text = ("The council of town " + i + " met on Monday and voted on the budget, the mayor said. ")
                    .repeat(Math.max(1, chars / 80));
            out.add(SqliteStoryStoreTest.article("disk-" + i, "hash-" + i, text));
        }
        return out;
    }
}
