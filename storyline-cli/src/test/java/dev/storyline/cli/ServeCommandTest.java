package dev.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storyline serve}'s refusals: they happen before anything is opened or bound. */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void refusesAnotherHostWithoutAToken() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = StorylineCli.execute("--data", data.toString(), "serve", "--host", "0.0.0.0", "--port", "0");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a token");
        assertThat(Files.exists(data.resolve("storyline.db"))).isFalse();
    }

    @Test
    void isASubcommand() {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(StorylineCli.execute("serve", "--help")).isZero();
        } finally {
            System.setOut(oldOut);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--watch", "--token", "--host", "--port");
    }
}
