package dev.storyline.flink;

import dev.storyline.domain.Story;
import dev.storyline.store.PostgresStoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entry point for {@code flink run}, on the local MiniCluster: options in, the same stories out. */
class StorylineJobMainTest {
    @Test
    void filesInAFileAndPostgresqlOutWithTheEmbeddedSessionsStories(@TempDir Path dir) throws Exception {
        TestPostgres.assumeAvailable();
        String schema = TestPostgres.createSchema();
        try {
            Path out = dir.resolve("assignments.tsv");
            JobOptions options = JobOptions.parse("--input", StorylineJobTest.samples().toString(), "--out", out.toString(),
                    "--pg", TestPostgres.url(schema), "--parallelism", "2", "--checkpoint-interval", "200ms",
                    "--checkpoint-dir", dir.resolve("checkpoints").toUri().toString());
            StorylineJobMain.run(options, StorylineJobTest.SETTINGS);

            // --order date by default: the pile as `storyline run` takes it
            List<String> documents = StorylineJob.read(List.of(StorylineJobTest.samples()), StorylineJobTest.SETTINGS, true);
            Set<Set<String>> expected = StorylineJobTest.stories(StorylineJobTest.embedded(documents));
            assertThat(StorylineJobTest.stories(Files.readAllLines(out, StandardCharsets.UTF_8))).isEqualTo(expected);
            try (PostgresStoryStore store = PostgresStoryStore.open(TestPostgres.url(schema))) {
                assertThat(store.stories().stream().map(Story::articleIds).map(ids -> (Set<String>) new TreeSet<>(ids))
                        .collect(Collectors.toSet())).isEqualTo(expected);
            }
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void optionsAreCheckedBeforeAnythingStarts() {
        assertThatThrownBy(() -> JobOptions.parse("--kafka-topic", "articles")).hasMessageContaining("--kafka-bootstrap");
        assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--kafka-topic", "t", "--kafka-bootstrap", "h:9092"))
                .hasMessageContaining("either");
        assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--kafka-guarantee", "none")).hasMessageContaining("exactly-once");
        assertThat(JobOptions.parse("--input", "x", "--checkpoint-interval", "2m").checkpointInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(JobOptions.parse("--input", "x").byDate()).isTrue();
        assertThat(JobOptions.parse("--input", "x", "--order", "input").byDate()).isFalse();
        assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--order", "random")).hasMessageContaining("date or input");
        assertThatThrownBy(() -> JobOptions.parse("--kafka-topic", "t", "--kafka-bootstrap", "h:9092", "--order", "date"))
                .hasMessageContaining("arrival order");
    }
}
