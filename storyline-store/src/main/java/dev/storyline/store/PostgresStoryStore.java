package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.store.SqliteStoryStore.RunRest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The server database: PostgreSQL, for deployments where several processes (servers, ingests, watchers)
 * share one store. Same behaviour as {@link SqliteStoryStore}: articles unique by id and by content hash,
 * in first-stored order; the latest run's stories replaced as a whole in one transaction.
 *
 * <p>Across processes: the schema is migrated at open under a transaction-scoped advisory lock, so two
 * processes opening a fresh database at once neither fail nor migrate twice; articles go in with
 * {@code INSERT ... ON CONFLICT DO NOTHING}, so concurrent writers never store one content twice; a
 * {@code saveRun} locks the run tables against other writers (readers are not blocked) and the last
 * committed run wins; {@link #lastRun()} reads articles, stories and run from one snapshot.
 *
 * <p>Within a process one connection is shared under this object's lock, like the SQLite store; a
 * connection lost to a server restart is opened again at the next call.
 */
public final class PostgresStoryStore implements StoryStore {
    /** Migrations, in order: {@code V<n>__<what>.sql} under {@code dev/storyline/store/postgres/}. */
    static final List<String> MIGRATIONS = List.of("V1__init.sql");
    static final int SCHEMA_VERSION = MIGRATIONS.size();
    /** Key of the advisory lock that serialises migrations ("storyline" in ASCII). */
    static final long MIGRATION_LOCK = 0x73746f72796c696eL;
    private static final int RETRIES = 5;

    private final Location location;
    private final ObjectMapper json = SqliteStoryStore.mapper();
    private Connection connection;

    private PostgresStoryStore(Location location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /** True for {@code postgresql://...}, {@code postgres://...} and {@code jdbc:postgresql://...}. */
    public static boolean accepts(String location) {
        if (location == null) return false;
        String l = location.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql://");
    }

    /**
     * Opens the store in a PostgreSQL database, creating or migrating its tables:
     * {@code postgresql://user:password@host:port/database?param=value} (user and password percent-encoded;
     * any pgjdbc parameter, such as {@code currentSchema} or {@code sslmode}, may follow).
     */
    public static PostgresStoryStore open(String url) {
        Location location = Location.parse(url);
        try {
            Connection c = location.connect();
            try {
                migrate(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new PostgresStoryStore(location, c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the store in " + location + ": " + e.getMessage(), e);
        }
    }

    /** Applies the migrations this database lacks, all in one transaction under the migration lock. */
    static void migrate(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            int current;
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rs.next();
                current = rs.getInt(1);
            }
            if (current > SCHEMA_VERSION) {
                throw new IllegalStateException("the database has schema version " + current
                        + ", newer than this Storyline understands (" + SCHEMA_VERSION + ")");
            }
            for (int v = current + 1; v <= SCHEMA_VERSION; v++) {
                String name = MIGRATIONS.get(v - 1);
                st.execute(migration(name));
                try (PreparedStatement done = c.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
                    done.setInt(1, v);
                    done.setString(2, name);
                    done.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static String migration(String name) {
        String path = "postgres/" + name;
        try (InputStream in = PostgresStoryStore.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing migration " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + path + ": " + e.getMessage(), e);
        }
    }

    /** One unit of work in a transaction; retried whole when the database aborted it for a deadlock. */
    private interface Work<T> {
        T run(Connection c) throws SQLException, JsonProcessingException;
    }

    private <T> T transaction(Work<T> work, int isolation, String failure) {
        for (int attempt = 1; ; attempt++) {
            Connection c = connection();
            try {
                c.setAutoCommit(false);
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) c.setTransactionIsolation(isolation);
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                rollback(c);
                if (retryable(e) && attempt < RETRIES) continue;
                if (lost(e)) drop();
                throw new IllegalStateException(failure + ": " + e.getMessage(), e);
            } catch (JsonProcessingException e) {
                rollback(c);
                throw new IllegalStateException(failure + ": " + e.getMessage(), e);
            } finally {
                restore(c, isolation);
            }
        }
    }

    @Override
    public synchronized List<Article> addArticles(List<Article> articles) {
        // within a batch the first article with a content (or an id) wins, as in the embedded store; the
        // rest go in in content-hash order, so that two writers with overlapping batches lock rows in the
        // same order instead of deadlocking
        List<Article> candidates = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            if (hashes.contains(a.contentHash()) || ids.contains(a.id())) continue;
            hashes.add(a.contentHash());
            ids.add(a.id());
            candidates.add(a);
        }
        if (candidates.isEmpty()) return List.of();
        List<Integer> ordered = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) ordered.add(i);
        ordered.sort(Comparator.comparing(i -> candidates.get(i).contentHash()));
        Set<String> stored = transaction(c -> {
            // the batch's order is kept by taking its seq numbers first, in that order
            long[] seqs = new long[candidates.size()];
            try (PreparedStatement next = c.prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence('articles', 'seq')) FROM generate_series(1, ?)")) {
                next.setInt(1, seqs.length);
                try (ResultSet rs = next.executeQuery()) {
                    for (int i = 0; rs.next(); i++) seqs[i] = rs.getLong(1);
                }
            }
            java.util.Arrays.sort(seqs);
            Set<String> added = new HashSet<>();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO articles (seq, id, content_hash, json) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (int i : ordered) {
                    Article a = candidates.get(i);
                    insert.setLong(1, seqs[i]);
                    insert.setString(2, a.id());
                    insert.setString(3, a.contentHash());
                    insert.setString(4, json.writeValueAsString(a));
                    if (insert.executeUpdate() == 1) added.add(a.contentHash());
                }
            }
            return added;
        }, Connection.TRANSACTION_READ_COMMITTED, "could not store articles (nothing of this batch was stored)");
        return candidates.stream().filter(a -> stored.contains(a.contentHash())).toList();
    }

    @Override
    public synchronized List<Article> articles() {
        return transaction(this::articles, Connection.TRANSACTION_READ_COMMITTED, "cannot read articles");
    }

    private List<Article> articles(Connection c) throws SQLException, JsonProcessingException {
        List<Article> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.setFetchSize(500); // stream large stores instead of holding every row twice
            try (ResultSet rs = st.executeQuery("SELECT json FROM articles ORDER BY seq")) {
                while (rs.next()) {
                    Article a = SqliteStoryStore.readable(json, rs.getString(1), Article.class, "stored article");
                    if (a != null) out.add(a);
                }
            }
        }
        return out;
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return transaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(json.readValue(rs.getString(1), Article.class)) : Optional.empty();
                }
            }
        }, Connection.TRANSACTION_READ_COMMITTED, "cannot read article " + id);
    }

    @Override
    public synchronized void saveRun(StoryRun run) {
        transaction(c -> {
            try (Statement st = c.createStatement()) {
                // one run writer at a time across processes; readers keep reading the previous run meanwhile
                st.execute("LOCK TABLE stories, run IN EXCLUSIVE MODE");
                st.execute("DELETE FROM stories");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO stories (seq, id, json) VALUES (?, ?, ?)")) {
                int seq = 0;
                for (Story s : run.stories()) {
                    insert.setInt(1, seq++);
                    insert.setString(2, s.id());
                    insert.setString(3, json.writeValueAsString(s));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement put = c.prepareStatement("INSERT INTO run (key, json) VALUES ('last', ?) "
                    + "ON CONFLICT (key) DO UPDATE SET json = EXCLUDED.json")) {
                put.setString(1, json.writeValueAsString(new RunRest(run.reuses(), run.facts(), run.provenance(), false)));
                put.executeUpdate();
            }
            return null;
        }, Connection.TRANSACTION_READ_COMMITTED, "could not save the stories (the previous ones are kept)");
    }

    @Override
    public synchronized Optional<StoryRun> lastRun() {
        // one snapshot: a run saved by another process meanwhile is seen whole or not at all
        return transaction(c -> {
            RunRest rest;
            List<Story> stories = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT json FROM run WHERE key = 'last'")) {
                    if (!rs.next()) return Optional.<StoryRun>empty();
                    rest = json.readValue(rs.getString(1), RunRest.class);
                }
                try (ResultSet rs = st.executeQuery("SELECT json FROM stories ORDER BY seq")) {
                    while (rs.next()) {
                        Story story = SqliteStoryStore.readable(json, rs.getString(1), Story.class, "stored story");
                        if (story != null) stories.add(story);
                    }
                }
            }
            return Optional.of(new StoryRun(articles(c), stories, rest.reuses(), rest.facts(), rest.provenance()));
        }, Connection.TRANSACTION_REPEATABLE_READ, "cannot read the stories");
    }

    /**
     * A value that changes whenever any process stores an article or saves a run: the server polls it to
     * notice writes made by others (the SQLite store's equivalent is its files' sizes and times).
     */
    public synchronized String revision() {
        return transaction(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT coalesce(max(seq), 0) FROM articles), "
                         + "(SELECT count(*) FROM articles), (SELECT xmin::text FROM run WHERE key = 'last')")) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getString(3);
            }
        }, Connection.TRANSACTION_READ_COMMITTED, "cannot read the store's revision");
    }

    /** The server process behind this store's connection (for tests that cut it). */
    synchronized int backendPid() {
        return transaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }, Connection.TRANSACTION_READ_COMMITTED, "cannot ask the server");
    }

    @Override
    public synchronized void close() {
        Connection c = connection;
        connection = null;
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the store failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL store " + location;
    }

    private Connection connection() {
        if (connection == null) {
            try {
                connection = location.connect();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the store in " + location + ": " + e.getMessage(), e);
            }
        }
        return connection;
    }

    /** Forgets a connection that broke, so the next call connects again. */
    private void drop() {
        Connection c = connection;
        connection = null;
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // it is already broken
        }
    }

    /** Deadlocks and serialisation failures: the database rolled the work back and it may simply run again. */
    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40P01".equals(state) || "40001".equals(state);
    }

    /** Connection errors (class 08, or none at all when the socket died). */
    private static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P");
    }

    private void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction did not commit either way
        }
    }

    private void restore(Connection c, int isolation) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            if (c == connection) drop();
        }
    }

    /** Where the database is: a pgjdbc URL plus the user and password taken out of it (never printed). */
    record Location(String jdbcUrl, String user, String password, String shown) {
        static Location parse(String url) {
            if (!accepts(url)) {
                throw new IllegalArgumentException("not a PostgreSQL location (want postgresql://user:password@host:port/database): "
                        + redact(url));
            }
            String s = url.strip();
            if (s.regionMatches(true, 0, "jdbc:", 0, 5)) s = s.substring(5);
            URI uri;
            try {
                uri = new URI(s);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("malformed PostgreSQL location " + redact(url) + ": " + e.getReason()
                        + " (percent-encode special characters in the user and password)");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String info = uri.getRawUserInfo();
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                if (colon >= 0) password = decode(info.substring(colon + 1));
            }
            String host = uri.getHost() != null ? uri.getHost() : "localhost";
            String port = uri.getPort() >= 0 ? ":" + uri.getPort() : "";
            String db = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
            String query = uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "";
            String jdbc = "jdbc:postgresql://" + host + port + "/" + db + query;
            String shown = "postgresql://" + (user != null ? user + "@" : "") + host + port + "/" + db;
            return new Location(jdbc, user, password, shown);
        }

        Connection connect() throws SQLException {
            Properties p = new Properties();
            if (user != null) p.setProperty("user", user);
            if (password != null) p.setProperty("password", password);
            p.setProperty("ApplicationName", "storyline");
            p.setProperty("connectTimeout", "10");
            p.setProperty("tcpKeepAlive", "true");
            Connection c = DriverManager.getConnection(jdbcUrl, p);
            try (Statement st = c.createStatement()) {
                // an acknowledged write is on the server's disk, whatever the server's default says
                st.execute("SET synchronous_commit = on");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        private static String decode(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** The location without its password, for messages. */
        static String redact(String url) {
            return url == null ? "null" : url.replaceAll("(://[^/:@]*):[^/@]*@", "$1:***@");
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
