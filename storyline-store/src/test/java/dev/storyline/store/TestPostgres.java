package dev.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL server the tests use: {@code $STORYLINE_TEST_PG}, else a local default. When the default
 * cannot be reached the PostgreSQL tests are skipped, saying why; when $STORYLINE_TEST_PG names a server (as
 * CI does) and it cannot be reached, they fail, so a broken CI database is never a silent green.
 * Each test gets a schema of its own.
 */
final class TestPostgres {
    static final String DEFAULT = "postgresql://storyline:storyline@127.0.0.1:5432/storyline_test";
    private static String unavailable; // why not, once known
    private static boolean checked;

    private TestPostgres() {}

    static String url() {
        String env = System.getenv("STORYLINE_TEST_PG");
        return env != null && !env.isBlank() ? env.strip() : DEFAULT;
    }

    /** Skips the calling test unless the server answers. */
    static synchronized void assumeAvailable() {
        if (!checked) {
            checked = true;
            try (Connection c = PostgresStoryStore.Location.parse(url()).connect()) {
                c.isValid(5);
            } catch (SQLException | RuntimeException e) {
                unavailable = "no PostgreSQL at " + PostgresStoryStore.Location.parse(url()) + " (set STORYLINE_TEST_PG): " + e.getMessage();
                System.err.println("skipping PostgreSQL tests: " + unavailable);
            }
        }
        if (unavailable != null && System.getenv("STORYLINE_TEST_PG") != null && !System.getenv("STORYLINE_TEST_PG").isBlank()) {
            throw new IllegalStateException(unavailable);
        }
        assumeTrue(unavailable == null, () -> unavailable);
    }

    /** Creates an empty schema and returns its name. */
    static String createSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The test URL with the store's tables in this schema. */
    static String url(String schema) {
        String u = url();
        return u + (u.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void execute(String sql) {
        try (Connection c = PostgresStoryStore.Location.parse(url()).connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
