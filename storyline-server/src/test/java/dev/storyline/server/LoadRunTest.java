package dev.storyline.server;

import dev.storyline.Storyline;
import dev.storyline.settings.Settings;
import dev.storyline.store.SqliteStoryStore;
import dev.storyline.store.StoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A short load (4 writers, 4 readers, 5 s): no errors, every acknowledged article stored once. The long one is {@code storyline load}. */
class LoadRunTest {
    @TempDir
    Path data;

    @Test
    void concurrentWritersAndReadersLoseAndDuplicateNothing() throws Exception {
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            LoadRun.Result r = LoadRun.run(new StoryService(new Storyline(Settings.DEFAULTS), store), 4, 4, Duration.ofSeconds(5));
            assertThat(r.writes().count()).isPositive();
            assertThat(r.reads().count()).isPositive();
            assertThat(r.errors()).isZero();
            assertThat(r.acknowledged()).isEqualTo(r.stored()).isEqualTo(r.distinctStored()).isPositive();
        }
    }
}
