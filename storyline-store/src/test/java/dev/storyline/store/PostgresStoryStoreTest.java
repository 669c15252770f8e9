package dev.storyline.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on a real PostgreSQL server, plus what only a shared server database has to get right. */
class PostgresStoryStoreTest extends StoryStoreContract {
    String schema;

    @BeforeEach
    void freshSchema() {
        TestPostgres.assumeAvailable();
        schema = TestPostgres.createSchema();
    }

    @AfterEach
    void dropSchema() {
        closeAll();
        if (schema != null) TestPostgres.dropSchema(schema);
    }

    @Override
    protected StoryStore openStore() {
        return PostgresStoryStore.open(TestPostgres.url(schema));
    }

    @Test
    void processesOpeningAFreshDatabaseAtOnceMigrateItOnce() throws Exception {
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<StoryStore>> opening = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            opening.add(pool.submit(() -> {
                start.await();
                return open();
            }));
        }
        start.countDown();
        for (Future<StoryStore> f : opening) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(query("SELECT version || ' ' || name FROM schema_version ORDER BY version"))
                .containsExactly("1 V1__init.sql");
    }

    @Test
    void aDatabaseFromANewerStorylineIsRefused() {
        open().close();
        TestPostgres.execute("INSERT INTO " + schema + ".schema_version (version, name) VALUES (99, 'V99__future.sql')");
        assertThatThrownBy(this::open).hasMessageContaining("schema version 99");
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws IOException {
        Path dir = Path.of("src/main/resources/dev/storyline/store/postgres");
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.substring(1, f.indexOf("__"))))).toList();
        }
        assertThat(PostgresStoryStore.MIGRATIONS).isEqualTo(files);
        for (int i = 0; i < files.size(); i++) assertThat(files.get(i)).startsWith("V" + (i + 1) + "__");
    }

    @Test
    void theRevisionMovesWhenAnotherProcessWrites() {
        PostgresStoryStore mine = (PostgresStoryStore) open();
        StoryStore theirs = open();
        String before = mine.revision();
        theirs.addArticles(newsArticles());
        String afterAdd = mine.revision();
        assertThat(afterAdd).isNotEqualTo(before);
        theirs.saveRun(realRun(theirs.articles()));
        assertThat(mine.revision()).isNotEqualTo(afterAdd);
        assertThat(mine.stories()).isEqualTo(theirs.stories());
    }

    @Test
    void aLostConnectionIsOpenedAgainAtTheNextCall() {
        PostgresStoryStore store = (PostgresStoryStore) open();
        store.addArticles(newsArticles().subList(0, 1));
        TestPostgres.execute("SELECT pg_terminate_backend(" + store.backendPid() + ")");
        try {
            store.articles();
        } catch (IllegalStateException expected) {
            // the call that finds the connection dead may fail; the next one reconnects
        }
        assertThat(store.addArticles(newsArticles())).hasSize(2);
        assertThat(store.articles()).isEqualTo(newsArticles());
    }

    @Test
    void storyStoresOpensPostgresForItsUrlsAndSqliteOtherwise(@TempDir Path data) {
        try (StoryStore pg = StoryStores.open(TestPostgres.url(schema), data)) {
            assertThat(pg).isInstanceOf(PostgresStoryStore.class);
        }
        try (StoryStore pg = StoryStores.open("jdbc:" + TestPostgres.url(schema), data)) {
            assertThat(pg).isInstanceOf(PostgresStoryStore.class);
        }
        try (StoryStore lite = StoryStores.open(null, data)) {
            assertThat(lite).isInstanceOf(SqliteStoryStore.class);
        }
        assertThat(data.resolve(SqliteStoryStore.FILE)).exists();
        assertThatThrownBy(() -> StoryStores.open("mysql://u:secret@h/db", data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    }

    @Test
    void locationsKeepThePasswordOutOfTheUrlAndMessages() {
        var l = PostgresStoryStore.Location.parse("jdbc:postgresql://us%40er:p%3Ass+w@db.example:6543/news?sslmode=require");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/news?sslmode=require");
        assertThat(l.user()).isEqualTo("us@er");
        assertThat(l.password()).isEqualTo("p:ss+w");
        assertThat(l.toString()).isEqualTo("postgresql://us@er@db.example:6543/news").doesNotContain("p:ss");
        assertThat(PostgresStoryStore.Location.parse("postgres://h/db").jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThatThrownBy(() -> PostgresStoryStore.open("postgresql://storyline:wrong-secret@127.0.0.1:1/nowhere"))
                .hasMessageNotContaining("wrong-secret");
    }

    List<String> query(String sql) throws SQLException {
        try (Connection c = PostgresStoryStore.Location.parse(TestPostgres.url(schema)).connect();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
