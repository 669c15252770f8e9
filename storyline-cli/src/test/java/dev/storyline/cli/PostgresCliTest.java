package dev.storyline.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --db}: the command line on a real PostgreSQL server ($STORYLINE_TEST_PG, else a local default;
 * skipped, saying why, when the default does not answer; failed when $STORYLINE_TEST_PG does not).
 * Each test gets a schema of its own.
 */
class PostgresCliTest {
    static final String DEFAULT = "postgresql://storyline:storyline@127.0.0.1:5432/storyline_test";

    @TempDir
    Path tmp;
    String schema;

    record Result(int code, String out, String err) {}

    static String server() {
        String env = System.getenv("STORYLINE_TEST_PG");
        return env != null && !env.isBlank() ? env.strip() : DEFAULT;
    }

    String db() {
        return server() + (server().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @BeforeEach
    void freshSchema() {
        String s = "cli_" + UUID.randomUUID().toString().replace("-", "");
        String why = execute("CREATE SCHEMA " + s);
        String env = System.getenv("STORYLINE_TEST_PG");
        if (why != null && env != null && !env.isBlank()) throw new IllegalStateException("no PostgreSQL at $STORYLINE_TEST_PG: " + why);
        if (why != null) System.err.println("skipping PostgreSQL CLI tests: no PostgreSQL at " + DEFAULT.replace(":storyline@", "@") + ": " + why);
        assumeTrue(why == null, () -> "no PostgreSQL at " + DEFAULT.replace(":storyline@", "@") + ": " + why);
        schema = s;
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Runs SQL on the test server as the store would connect; returns why it failed, or null. */
    static String execute(String sql) {
        try {
            var uri = java.net.URI.create(server().replaceFirst("^jdbc:", ""));
            Properties p = new Properties();
            if (uri.getUserInfo() != null) {
                String[] up = uri.getUserInfo().split(":", 2);
                p.setProperty("user", up[0]);
                if (up.length > 1) p.setProperty("password", up[1]);
            }
            p.setProperty("connectTimeout", "5");
            String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath()
                    + (uri.getQuery() != null ? "?" + uri.getQuery() : "");
            try (Connection c = DriverManager.getConnection(jdbc, p); Statement st = c.createStatement()) {
                st.execute(sql);
                return null;
            }
        } catch (SQLException | RuntimeException e) {
            return e.getMessage();
        }
    }

    static Path samples() {
        Path samples = Path.of("..", "samples");
        return Files.isDirectory(samples) ? samples : Path.of("samples");
    }

    Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = StorylineCli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void ingestingTheSamplesIntoPostgresListsTheSameStoriesAsTheEmbeddedStore() {
        Path data = tmp.resolve("data");
        Result ingest = run("--data", data.toString(), "--db", db(), "ingest", samples().toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("0 already stored");
        assertThat(data.resolve("storyline.db")).doesNotExist();

        Result stories = run("--db", db(), "stories");
        assertThat(stories.code()).as(stories.err()).isZero();
        assertThat(stories.out()).isNotBlank().doesNotContain("no stories yet");

        Path lite = tmp.resolve("lite");
        assertThat(run("--data", lite.toString(), "ingest", samples().toString()).code()).isZero();
        assertThat(run("--data", lite.toString(), "stories").out()).isEqualTo(stories.out());

        // another machine's data folder, the same database: the same store
        Result again = run("--data", tmp.resolve("elsewhere").toString(), "--db", "jdbc:" + db(), "ingest", samples().toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("stored 0 new");
        assertThat(run("--db", db(), "stories").out()).isEqualTo(stories.out());
    }

    @Test
    void anUnknownDatabaseIsRefusedWithoutShowingItsPassword() {
        Result r = run("--data", tmp.toString(), "--db", "mysql://news:hunter2@db.example/news", "stories");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("unknown database").doesNotContain("hunter2");
        Result down = run("--data", tmp.toString(), "--db", "postgresql://news:hunter2@127.0.0.1:1/news", "stories");
        assertThat(down.code()).isEqualTo(1);
        assertThat(down.err()).contains("cannot open the store in postgresql://news@127.0.0.1:1/news").doesNotContain("hunter2");
    }
}
