package dev.storyline.ingest;

import dev.storyline.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a folder gives to ingest and to the watcher: its files, never what its links point to. */
class FolderFilesTest {
    @TempDir
    Path dir;

    @Test
    void linksAndSpecialFilesAreListedAsSkippedNotRead() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0", StandardCharsets.UTF_8);
        Path folder = Files.createDirectory(dir.resolve("in"));
        Path article = Files.writeString(folder.resolve("a.txt"), "A headline\n\nA body.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("README.md"), "about this folder", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".hidden.txt"), "not listed", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(folder.resolve("leak.txt"), outside);
        Files.createSymbolicLink(folder.resolve("up"), dir);
        Path fifo = folder.resolve("pipe");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        List<Rejection> skipped = new ArrayList<>();
        List<Path> files = FolderFiles.list(folder, skipped::add);

        assertThat(files).containsExactly(article);
        assertThat(skipped).extracting(Rejection::source).contains(link.toString(), folder.resolve("up").toString());
        assertThat(skipped).filteredOn(r -> r.source().equals(link.toString())).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("symbolic link, not followed"));
        if (haveFifo) {
            assertThat(skipped).filteredOn(r -> r.source().equals(fifo.toString())).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("not a regular file"));
        }
    }

    @Test
    void aLinkNamedExplicitlyIsReadBecauseTheUserChoseIt() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "A headline\n\nA body.", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("named.txt"), real);
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path inFolder = Files.writeString(folder.resolve("b.txt"), "B", StandardCharsets.UTF_8);
        Path folderLink = Files.createSymbolicLink(dir.resolve("folder-link"), folder);

        assertThat(FolderFiles.list(link, r -> {})).containsExactly(link);
        assertThat(FolderFiles.list(folderLink, r -> {})).containsExactly(inFolder.toRealPath());
    }
}
