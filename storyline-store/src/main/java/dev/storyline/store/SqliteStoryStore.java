package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Provenance;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded store: one SQLite file under the data folder, in WAL mode with full sync, so an add that has
 * returned survives a crash and a half-written transaction is never read back. Articles are unique by id and
 * by content hash; the latest run's stories are replaced as a whole in one transaction.
 */
public final class SqliteStoryStore implements StoryStore {
    public static final String FILE = "storyline.db";
    static final int SCHEMA_VERSION = 1;

    private final Connection connection;
    private final ObjectMapper json = mapper();

    private SqliteStoryStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the store in a data folder. */
    /**
     * Caps the database at its present size plus {@code extraPages} pages: writes past it fail as on a full disk
     * (SQLITE_FULL). For the tests that show a full disk loses nothing already stored.
     */
    synchronized void capSize(int extraPages) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            st.execute("PRAGMA max_page_count=" + (rs.getInt(1) + extraPages));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SqliteStoryStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("PRAGMA busy_timeout=10000");
                st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS articles (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE, json TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS stories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, json TEXT NOT NULL)");
                try (ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
                    if (!rs.next()) st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                    else if (rs.getInt(1) > SCHEMA_VERSION) {
                        throw new IllegalStateException("store " + dataDir + " has schema version " + rs.getInt(1)
                                + ", newer than this Storyline understands (" + SCHEMA_VERSION + ")");
                    }
                }
            }
            return new SqliteStoryStore(c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Article> addArticles(List<Article> articles) {
        List<Article> added = new ArrayList<>();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO articles (id, content_hash, json) VALUES (?, ?, ?)")) {
                for (Article a : articles) {
                    insert.setString(1, a.id());
                    insert.setString(2, a.contentHash());
                    insert.setString(3, json.writeValueAsString(a));
                    if (insert.executeUpdate() == 1) added.add(a);
                }
            }
            connection.commit();
            return added;
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw new IllegalStateException("could not store articles (nothing of this batch was stored): " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized int articleCount() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count articles: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Article> articles() {
        List<Article> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT json FROM articles ORDER BY seq")) {
            while (rs.next()) {
                Article a = readable(json, rs.getString(1), Article.class, "stored article");
                if (a != null) out.add(a);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read articles: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        try (PreparedStatement st = connection.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(json.readValue(rs.getString(1), Article.class)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** What a run keeps besides its articles and stories. */
    record RunRest(List<Reuse> reuses, List<ArticleFacts> facts, Provenance provenance) {}

    @Override
    public synchronized void saveRun(StoryRun run) {
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM stories");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stories (seq, id, json) VALUES (?, ?, ?)")) {
                int seq = 0;
                for (Story s : run.stories()) {
                    insert.setInt(1, seq++);
                    insert.setString(2, s.id());
                    insert.setString(3, json.writeValueAsString(s));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement put = connection.prepareStatement("INSERT OR REPLACE INTO run (key, json) VALUES ('last', ?)")) {
                put.setString(1, json.writeValueAsString(new RunRest(run.reuses(), run.facts(), run.provenance())));
                put.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw new IllegalStateException("could not save the stories (the previous ones are kept): " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized Optional<StoryRun> lastRun() {
        try (Statement st = connection.createStatement()) {
            RunRest rest;
            try (ResultSet rs = st.executeQuery("SELECT json FROM run WHERE key = 'last'")) {
                if (!rs.next()) return Optional.empty();
                rest = json.readValue(rs.getString(1), RunRest.class);
            }
            List<Story> stories = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT json FROM stories ORDER BY seq")) {
                while (rs.next()) {
                    Story story = readable(json, rs.getString(1), Story.class, "stored story");
                    if (story != null) stories.add(story);
                }
            }
            return Optional.of(new StoryRun(articles(), stories, rest.reuses(), rest.facts(), rest.provenance()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the stories: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("closing the store failed: " + e.getMessage(), e));
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is already broken; the transaction did not commit either way
        }
    }

    /**
     * One stored row, or null when it cannot be read (written by another version, damaged on disk): it is reported
     * and skipped, so the rest of the store still opens, and the next ingest recomputes the stories.
     */
    static <T> T readable(ObjectMapper json, String row, Class<T> type, String what) {
        try {
            return json.readValue(row, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String start = row == null ? "" : row.substring(0, Math.min(80, row.length()));
            System.err.println("storyline: a " + what + " cannot be read and is skipped (" + e.getOriginalMessage()
                    + "): " + start.replaceAll("\\p{Cntrl}", " ") + "…");
            return null;
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // next use reports the broken connection
        }
    }

    /**
     * Reads back what the store wrote, whatever its size: Jackson's default cap of 20 million characters per
     * string made a stored 21 MB article unreadable, and with it every later ingest and export of the store.
     */
    static ObjectMapper mapper() {
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE).build()).build();
        return new ObjectMapper(factory).registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
