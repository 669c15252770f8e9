package dev.storyline.cli;

import dev.storyline.domain.Article;
import dev.storyline.store.SqliteStoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code storyline ingest} in its own process, killed with SIGKILL at seeded random moments of a large ingest
 * (while extracting and storing, or while rebuilding the stories), then run again: every article stored before a
 * kill is still there, the store passes SQLite's integrity check after each kill, and the finished store holds
 * every input article exactly once.
 */
class CrashSafetyTest {
    static final int ARTICLES = 3000;
    static final String[] WORDS = ("council harbour ferry storm bridge budget minister river school hospital police "
            + "market festival union strike court election museum railway airport farmers drought flood fire").split(" ");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void killedIngestsLoseNothingAndDuplicateNothing() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        writeArticles(input);
        Path data = dir.resolve("data");
        Random random = new Random(20151024L);
        Set<String> seen = new HashSet<>();
        int kills = 0;
        for (int round = 0; round < 5; round++) {
            Process ingest = start(data, input);
            long waitMs = 300 + random.nextInt(round < 3 ? 1_500 : 4_000); // early kills land while storing
            if (ingest.waitFor(waitMs, TimeUnit.MILLISECONDS)) break; // finished before the kill
            ingest.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
            ingest.waitFor();
            kills++;
            assertThat(integrityCheck(data)).isEqualTo("ok");
            Set<String> stored = contentHashes(data);
            assertThat(stored).as("articles stored before kill %d", kills).containsAll(seen);
            System.out.printf("crash-safety: kill %d after %d ms: %d of %d articles stored, %d in stories, integrity ok%n",
                    kills, waitMs, stored.size(), ARTICLES, inStories(data));
            seen = stored;
        }
        Process last = start(data, input);
        assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(dir.resolve("ingest.log"), StandardCharsets.UTF_8);
        assertThat(last.exitValue()).as(output).isZero();

        assertThat(kills).isPositive();
        assertThat(integrityCheck(data)).isEqualTo("ok");
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            List<Article> articles = store.articles();
            assertThat(articles).hasSize(ARTICLES);
            assertThat(articles.stream().map(Article::contentHash).distinct().count()).isEqualTo(ARTICLES);
            assertThat(articles.stream().map(Article::contentHash).toList()).containsAll(seen);
            // the stories cover every article, including those stored by a run killed before it rebuilt them
            assertThat(store.stories().stream().mapToInt(s -> s.articleIds().size()).sum()).isEqualTo(ARTICLES);
            assertThat(store.stories()).isNotEmpty();
        }
    }

    private static void writeArticles(Path file) throws IOException {
        Random random = new Random(7L);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    text.append("The ");
                    for (int w = 0; w < 12; w++) text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    text.append("report number ").append(i).append('-').append(s).append(" said on Monday. ");
                }
                out.write("{\"id\": \"crash-" + i + "\", \"title\": \"Report " + i + "\", \"outlet\": \"Test Wire\", "
                        + "\"published\": \"2026-0" + (1 + i % 9) + "-1" + (i % 9) + "\", \"text\": \"" + text + "\"}\n");
            }
        }
    }

    private static Process start(Path data, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                StorylineCli.class.getName(), "--data", data.toString(), "ingest", input.toString()));
        // to a file, not a pipe: an undrained pipe would stall the child and hide the kill points we want
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling("ingest.log").toFile()).start();
    }

    private static int inStories(Path data) {
        if (!Files.exists(data.resolve(SqliteStoryStore.FILE))) return 0;
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            return store.stories().stream().mapToInt(s -> s.articleIds().size()).sum();
        }
    }

    private static String integrityCheck(Path data) throws SQLException {
        File db = data.resolve(SqliteStoryStore.FILE).toFile();
        if (!db.exists()) return "ok";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Set<String> contentHashes(Path data) {
        if (!Files.exists(data.resolve(SqliteStoryStore.FILE))) return Set.of();
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            Set<String> hashes = new HashSet<>();
            for (Article a : store.articles()) hashes.add(a.contentHash());
            return hashes;
        }
    }
}
