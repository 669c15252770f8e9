package dev.storyline.flink;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL server the sink's tests write to, as in storyline-store's tests: {@code $STORYLINE_TEST_PG},
 * else a local default. Skipped, saying why, when the default cannot be reached; failed when
 * $STORYLINE_TEST_PG names a server (as CI does) that cannot be reached. Each test gets a schema of its own.
 */
final class TestPostgres {
    static final String DEFAULT = "postgresql://storyline:storyline@127.0.0.1:5432/storyline_test";

    private TestPostgres() {}

    static String url() {
        String env = System.getenv("STORYLINE_TEST_PG");
        return env != null && !env.isBlank() ? env.strip() : DEFAULT;
    }

    static void assumeAvailable() {
        String why = null;
        try (Connection c = connect()) {
            c.isValid(5);
        } catch (SQLException | RuntimeException e) {
            why = "no PostgreSQL for the sink's tests (set STORYLINE_TEST_PG): " + e.getMessage();
        }
        String env = System.getenv("STORYLINE_TEST_PG");
        if (why != null && env != null && !env.isBlank()) throw new IllegalStateException(why);
        assumeTrue(why == null, why);
    }

    static String createSchema() {
        String schema = "f_" + UUID.randomUUID().toString().replace("-", "");
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
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A plain JDBC connection for the test's own statements (user and password out of the URL's user info). */
    private static Connection connect() throws SQLException {
        URI uri = URI.create(url().replaceFirst("^jdbc:", ""));
        String[] user = uri.getUserInfo() == null ? new String[]{null, null} : uri.getUserInfo().split(":", 2);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        return DriverManager.getConnection(jdbc, user[0], user.length > 1 ? user[1] : null);
    }
}
