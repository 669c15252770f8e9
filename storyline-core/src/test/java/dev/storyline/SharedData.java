package dev.storyline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared folder beside the repository (seeds and evaluation data), found by walking up from the working
 * directory. Tests that need it fail with a clear message when it is missing: it is always there in CI.
 */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) return candidate;
            candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) return candidate;
            p = p.getParent();
        }
        throw new IllegalStateException("the shared folder (with seeds/) was not found above " + Path.of("").toAbsolutePath());
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
