package dev.storyline.ingest;

import dev.storyline.domain.Rejection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files a folder holds for ingestion, in name order, for {@code ingest} and for {@code serve --watch} alike.
 * Hidden entries and a folder's README or LICENSE are passed over in silence (they describe the folder);
 * everything else that is not read is reported with its reason: a symbolic link is not followed (a link to
 * {@code /etc/passwd} dropped in a watched folder would otherwise be served to anyone who can search), nor is
 * a FIFO, a device or a socket read (reading a FIFO blocks until someone writes to it). A path named
 * explicitly is read even when it is a link: the user chose it.
 */
public final class FolderFiles {
    private FolderFiles() {}

    /** The regular files under {@code root} (or {@code root} itself); each skipped entry goes to {@code skipped}. */
    public static List<Path> list(Path named, Consumer<Rejection> skipped) {
        if (Files.isRegularFile(named)) return List.of(named);
        Path root = named;
        if (Files.isSymbolicLink(named) && Files.isDirectory(named)) {
            try {
                root = named.toRealPath(); // a folder the user named through a link: its own entries are walked
            } catch (IOException e) {
                skipped.accept(new Rejection(named.toString(), "cannot resolve link: " + e.getMessage()));
                return List.of();
            }
        }
        Path top = root;
        List<Path> out = new ArrayList<>();
        // Files.walk follows no link to a folder; the links to files it lists are told apart below
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(top) && !hidden(top, p)).sorted().forEach(p -> {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    return; // vanished between listing and reading
                }
                if (a.isDirectory()) return;
                if (a.isSymbolicLink()) {
                    skipped.accept(new Rejection(p.toString(), "symbolic link, not followed (name the file itself to read it)"));
                } else if (a.isOther()) {
                    skipped.accept(new Rejection(p.toString(), "not a regular file (a FIFO, device or socket), not read"));
                } else if (!notes(p)) {
                    out.add(p);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            skipped.accept(new Rejection(root.toString(), "cannot list: " + e.getMessage()));
        }
        return out;
    }

    /** A folder's README or LICENSE describes the folder; it is no article (named explicitly, it is read). */
    private static boolean notes(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
        return name.startsWith("README") || name.startsWith("LICENSE") || name.startsWith("LICENCE");
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
