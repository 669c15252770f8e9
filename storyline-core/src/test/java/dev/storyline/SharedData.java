package dev.storyline;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared folder beside the repository (seeds and evaluation data): where {@code $STORYLINE_SHARED} or
 * {@code -Dstoryline.shared=DIR} points, else found by walking up from the working directory. A test that needs
 * it and does not find it is skipped with the reason on a newcomer's clone, and fails in CI ({@code CI=true}),
 * where the folder is always there: a missing folder must not pass for green there.
 */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        String given = System.getProperty("storyline.shared", System.getenv("STORYLINE_SHARED"));
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (Files.isDirectory(p.resolve("seeds"))) return p;
            return missing("the shared folder given by storyline.shared / STORYLINE_SHARED (" + p + ") has no seeds/");
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) return candidate;
            candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) return candidate;
            p = p.getParent();
        }
        return missing("the shared folder (with seeds/) was not found above " + Path.of("").toAbsolutePath()
                + "; set STORYLINE_SHARED or -Dstoryline.shared=DIR to run the tests that need it");
    }

    /** The evaluation data sets ({@code shared/data}). */
    public static Path data() {
        return dir().resolve("data");
    }

    private static Path missing(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException(why);
        // a class-level skip is counted by surefire without its reason: the reason goes to the console too
        System.err.println("skipped: " + why);
        Assumptions.abort(why);
        return null; // not reached: abort throws
    }

    public static List<Path> seeds() {
        try (Stream<Path> files = Files.list(dir().resolve("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
