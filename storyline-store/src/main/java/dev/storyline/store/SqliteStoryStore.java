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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store: one SQLite file under the data folder, in WAL mode with full sync, so an add that has
 * returned survives a crash and a half-written transaction is never read back. Articles are unique by id and
 * by content hash; the latest run's stories and facts are saved in one transaction, only what changed since this
 * connection's last save when nothing else wrote in between.
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
                st.execute("CREATE TABLE IF NOT EXISTS facts (article_id TEXT PRIMARY KEY, json TEXT NOT NULL)");
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

    /**
     * What a run keeps besides its articles and stories. The facts of each article have a table of their own since
     * 2026-12 ({@code factsInTable}); a run saved before keeps them here and is read as it was.
     */
    record RunRest(List<Reuse> reuses, List<ArticleFacts> facts, Provenance provenance, boolean factsInTable) {}

    /**
     * What this connection last saved, so that a save writes only what changed: the stories by instance (a session
     * hands back the same Story for a story no article joined), their order, and whose facts are stored. A save
     * whose stories keep their order writes the changed and new stories and the new articles' facts; anything else
     * (a rebuild, another process's write, told by SQLite's data_version) rewrites all, as every save once did.
     * On a busy server a whole rewrite per save was most of each write's time.
     */
    private final Map<String, Story> savedStories = new HashMap<>();
    private final List<String> savedOrder = new ArrayList<>();
    private final Set<String> savedFacts = new HashSet<>();
    private long savedVersion = -1;

    @Override
    public synchronized void saveRun(StoryRun run) {
        try {
            connection.setAutoCommit(false);
            // take the write lock first (waiting busy_timeout for it): a transaction that reads, then writes, cannot
            // wait for another connection's write and fails at once with SQLITE_BUSY; and only under the lock does
            // data_version tell whether someone else wrote since this connection's last save
            try (Statement st = connection.createStatement()) {
                st.execute("UPDATE schema_version SET version = version WHERE 0");
            }
            List<String> order = run.stories().stream().map(Story::id).toList();
            boolean incremental = savedVersion >= 0 && dataVersion() == savedVersion && keepsOrder(order);
            if (!incremental) {
                try (Statement st = connection.createStatement()) {
                    st.execute("DELETE FROM stories");
                    st.execute("DELETE FROM facts");
                }
                savedStories.clear();
                savedOrder.clear();
                savedFacts.clear();
            }
            Set<String> present = new HashSet<>(order);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stories WHERE id = ?");
                 PreparedStatement update = connection.prepareStatement("UPDATE stories SET json = ? WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO stories (seq, id, json) VALUES (?, ?, ?)")) {
                for (String gone : savedOrder) {
                    if (present.contains(gone)) continue;
                    delete.setString(1, gone);
                    delete.addBatch();
                }
                delete.executeBatch();
                int seq = nextStorySeq();
                for (Story story : run.stories()) {
                    Story before = savedStories.get(story.id());
                    if (before == story) continue;
                    if (before != null) {
                        update.setString(1, json.writeValueAsString(story));
                        update.setString(2, story.id());
                        update.addBatch();
                    } else {
                        insert.setInt(1, seq++);
                        insert.setString(2, story.id());
                        insert.setString(3, json.writeValueAsString(story));
                        insert.addBatch();
                    }
                }
                update.executeBatch();
                insert.executeBatch();
            }
            Set<String> factIds = new HashSet<>();
            try (PreparedStatement put = connection.prepareStatement("INSERT OR REPLACE INTO facts (article_id, json) VALUES (?, ?)");
                 PreparedStatement drop = connection.prepareStatement("DELETE FROM facts WHERE article_id = ?")) {
                for (ArticleFacts f : run.facts()) {
                    factIds.add(f.articleId());
                    if (savedFacts.contains(f.articleId())) continue; // an article's facts do not change
                    put.setString(1, f.articleId());
                    put.setString(2, json.writeValueAsString(f));
                    put.addBatch();
                }
                put.executeBatch();
                for (String id : savedFacts) {
                    if (factIds.contains(id)) continue; // retired with its story
                    drop.setString(1, id);
                    drop.addBatch();
                }
                drop.executeBatch();
            }
            try (PreparedStatement put = connection.prepareStatement("INSERT OR REPLACE INTO run (key, json) VALUES ('last', ?)")) {
                put.setString(1, json.writeValueAsString(new RunRest(run.reuses(), List.of(), run.provenance(), true)));
                put.executeUpdate();
            }
            connection.commit();
            savedStories.clear();
            for (Story story : run.stories()) savedStories.put(story.id(), story);
            savedOrder.clear();
            savedOrder.addAll(order);
            savedFacts.clear();
            savedFacts.addAll(factIds);
            savedVersion = dataVersion();
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            forgetSaved();
            throw new IllegalStateException("could not save the stories (the previous ones are kept): " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /** The stories saved before are in the same order, new ones after them. */
    private boolean keepsOrder(List<String> order) {
        Set<String> now = new HashSet<>(order);
        List<String> kept = savedOrder.stream().filter(now::contains).toList();
        int i = 0;
        for (String id : order) {
            if (!savedStories.containsKey(id)) continue;
            if (i >= kept.size() || !kept.get(i).equals(id)) return false;
            i++;
        }
        // every new story stands after the last one saved before
        int lastKept = -1;
        int firstNew = Integer.MAX_VALUE;
        for (int k = 0; k < order.size(); k++) {
            if (savedStories.containsKey(order.get(k))) lastKept = k;
            else firstNew = Math.min(firstNew, k);
        }
        return firstNew > lastKept;
    }

    private int nextStorySeq() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), -1) + 1 FROM stories")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Moves when another connection commits to the database: what this one saved may no longer be what is there. */
    private long dataVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -2;
        }
    }

    private void forgetSaved() {
        savedVersion = -1;
        savedStories.clear();
        savedOrder.clear();
        savedFacts.clear();
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
            List<ArticleFacts> facts = rest.factsInTable() ? new ArrayList<>() : rest.facts() == null ? List.of() : rest.facts();
            if (rest.factsInTable()) {
                try (ResultSet rs = st.executeQuery("SELECT f.json FROM facts f LEFT JOIN articles a ON a.id = f.article_id "
                        + "ORDER BY a.seq")) {
                    while (rs.next()) {
                        ArticleFacts f = readable(json, rs.getString(1), ArticleFacts.class, "stored article's facts");
                        if (f != null) facts.add(f);
                    }
                }
            }
            return Optional.of(new StoryRun(articles(), stories, rest.reuses(), facts, rest.provenance()));
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
