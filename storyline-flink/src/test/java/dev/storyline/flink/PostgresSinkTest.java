package dev.storyline.flink;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.flink.postgres.PostgresRunSink;
import dev.storyline.store.PostgresStoryStore;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job writing into a real PostgreSQL server through the server mode's store: the database ends up with the
 * embedded session's stories over the same input, every article once, also when the job fails in the middle and
 * restarts from a checkpoint.
 */
class PostgresSinkTest {
    private String schema;

    @BeforeEach
    void database() {
        TestPostgres.assumeAvailable();
        schema = TestPostgres.createSchema();
    }

    @AfterEach
    void cleanUp() {
        Faults.disarm();
        if (schema != null) TestPostgres.dropSchema(schema);
    }

    @Test
    void theDatabaseHoldsTheEmbeddedSessionsStoriesWithClaims() throws Exception {
        List<String> documents = StorylineJob.read(List.of(StorylineJobTest.samples()), StorylineJobTest.SETTINGS);
        run(documents, 0);
        try (PostgresStoryStore store = PostgresStoryStore.open(TestPostgres.url(schema))) {
            StoryRun run = store.lastRun().orElseThrow();
            assertThat(membership(run.stories())).isEqualTo(StorylineJobTest.stories(StorylineJobTest.embedded(documents)));
            assertThat(run.stories()).allSatisfy(s -> assertThat(s.headline()).isNotBlank());
            assertThat(run.stories()).anySatisfy(s -> assertThat(s.claims()).isNotEmpty());
            assertThat(ids(store.articles())).containsExactlyInAnyOrderElementsOf(articleIds(documents));
        }
    }

    @Test
    void aFailureAfterCheckpointsWereWrittenLosesAndRepeatsNoArticle() throws Exception {
        List<String> documents = StorylineJob.read(List.of(StorylineJobTest.samples()), StorylineJobTest.SETTINGS);
        Faults.arm("assign", documents.size() - 2);
        run(documents, 300); // slow enough that checkpoints, and so writes, happen before the failure
        assertThat(Faults.fired()).as("the failure was injected").isTrue();
        try (PostgresStoryStore store = PostgresStoryStore.open(TestPostgres.url(schema))) {
            List<String> ids = ids(store.articles());
            assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(articleIds(documents));
            StoryRun run = store.lastRun().orElseThrow();
            assertThat(membership(run.stories())).isEqualTo(StorylineJobTest.stories(StorylineJobTest.embedded(documents)));
            int covered = run.stories().stream().mapToInt(s -> s.articleIds().size()).sum();
            assertThat(covered).as("every stored article is in exactly one story").isEqualTo(ids.size());
        }
    }

    /** The job with the PostgreSQL sink, checkpoints every 100 ms, documents let in one per {@code pauseMillis}. */
    private void run(List<String> documents, long pauseMillis) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(100);
        DataStream<String> input = env.fromData(documents).setParallelism(1).map(new Pause(pauseMillis)).setParallelism(1);
        SingleOutputStreamOperator<String> assignments = StorylineJob.build(input, StorylineJobTest.SETTINGS, 2, true);
        StorylineJob.runs(assignments).sinkTo(new PostgresRunSink(TestPostgres.url(schema))).name("postgres").setParallelism(1);
        env.execute("storyline to postgres");
    }

    private static Set<Set<String>> membership(List<Story> stories) {
        return stories.stream().map(s -> (Set<String>) new TreeSet<>(s.articleIds())).collect(Collectors.toSet());
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private static List<String> articleIds(List<String> documents) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : StorylineJobTest.embedded(documents)) out.add(line.split("\t")[0]);
        return out;
    }
}
