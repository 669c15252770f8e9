package dev.storyline.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.extract.ExtractionException;
import dev.storyline.settings.Settings;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The job on Flink's local MiniCluster: same stories as the embedded session, and recovery from a failure. */
class StorylineJobTest {
    static final Settings SETTINGS = Settings.DEFAULTS;

    @AfterEach
    void disarm() {
        Faults.disarm();
    }

    @Test
    void theSamplesGiveTheSameStoriesAsTheEmbeddedSessionAtParallelismTwo() throws Exception {
        List<String> documents = StorylineJob.read(List.of(samples()), SETTINGS);
        List<String> flink = StorylineJob.run(environment(new Configuration()), documents, SETTINGS, 2);
        assertThat(stories(flink)).isEqualTo(stories(embedded(documents))).hasSize(3);
    }

    @Test
    void filesReadInDateOrderGiveTheStoriesOfStorylineRun(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the DUC stream's first 120 documents as JSON lines with their day, newest first: input order is not time order
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(ducStream(), StandardCharsets.UTF_8).subList(0, 120)) {
            JsonNode r = json.readTree(line);
            var o = json.createObjectNode().put("id", r.get("id").asText()).put("title", r.get("title").asText())
                    .put("published", r.get("date").asText().substring(0, 10)).put("text", r.get("text").asText());
            lines.add(0, json.writeValueAsString(o));
        }
        Path pile = dir.resolve("pile.jsonl");
        Files.write(pile, lines, StandardCharsets.UTF_8);
        List<String> documents = StorylineJob.read(List.of(pile), SETTINGS, true);
        List<String> flink = StorylineJob.run(environment(new Configuration()), documents, SETTINGS, 2);

        Storyline storyline = new Storyline(SETTINGS);
        List<dev.storyline.domain.Article> articles = new ArrayList<>();
        storyline.read(List.of(pile), new dev.storyline.ingest.DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                try {
                    articles.add(storyline.extract(d));
                } catch (ExtractionException e) {
                    // neither side assigns it
                }
            }

            @Override
            public void reject(dev.storyline.domain.Rejection r) {}
        });
        List<String> run = new ArrayList<>();
        storyline.run(articles).stories().forEach(st -> st.articleIds().forEach(id -> run.add(id + "\t" + st.id())));
        assertThat(stories(flink)).isEqualTo(stories(run));
        // numbered oldest first, where input order is newest first
        assertThat(days(documents)).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(days(StorylineJob.read(List.of(pile), SETTINGS))).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static List<String> days(List<String> documents) throws Exception {
        List<String> out = new ArrayList<>();
        for (String d : documents) out.add(StorylineJob.valueOf(d, RawDocument.class).hints().published());
        return out;
    }

    @Test
    void aFailureInTheMiddleRecoversFromACheckpointWithNothingLostOrRepeated() throws Exception {
        List<String> documents = ducDocuments(160);
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = environment(conf);
        env.enableCheckpointing(100);
        Faults.arm("assign", 120);
        List<String> flink = StorylineJob.run(env, documents, SETTINGS, 2);
        assertThat(Faults.fired()).as("the failure was injected").isTrue();
        List<String> ids = flink.stream().map(line -> line.split("\t")[0]).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(stories(flink)).isEqualTo(stories(embedded(documents)));
    }

    private static StreamExecutionEnvironment environment(Configuration conf) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        return env;
    }

    /** The embedded online session over the same documents in the same order: "articleId\tstoryId" lines. */
    static List<String> embedded(List<String> documents) throws Exception {
        Storyline storyline = new Storyline(SETTINGS);
        StorySession session = storyline.session();
        List<String> out = new ArrayList<>();
        for (String d : documents) {
            RawDocument doc = StorylineJob.valueOf(d, RawDocument.class);
            try {
                var article = storyline.extract(doc);
                out.add(article.id() + "\t" + session.add(article).storyId());
            } catch (ExtractionException e) {
                // no article text: neither side assigns it
            }
        }
        return out;
    }

    /** Story membership as sets of article ids, independent of story ids and output order. */
    static Set<Set<String>> stories(List<String> lines) {
        Map<String, Set<String>> byStory = new TreeMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            byStory.computeIfAbsent(parts[1], k -> new TreeSet<>()).add(parts[0]);
        }
        return new HashSet<>(byStory.values());
    }

    static Path samples() {
        for (Path p : List.of(Path.of("samples"), Path.of("../samples"))) if (Files.isDirectory(p)) return p;
        throw new IllegalStateException("samples/ not found");
    }

    /** The DUC stream of the shared data; skipped without it, except in CI ({@link dev.storyline.SharedData}). */
    static Path ducStream() {
        Path stream = dev.storyline.SharedData.data().resolve("clustering/duc2006-stream.jsonl");
        if (!Files.exists(stream)) throw new IllegalStateException(stream + " is not in the shared data");
        return stream;
    }

    static List<String> ducDocuments(int n) throws Exception {
        Path stream = ducStream();
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(stream, StandardCharsets.UTF_8)) {
            if (out.size() >= n) break;
            JsonNode r = json.readTree(line);
            RawDocument doc = new RawDocument(r.get("id").asText(), RawDocument.Format.TEXT,
                    r.get("title").asText() + "\n\n" + r.get("text").asText(),
                    new DocumentHints(r.get("id").asText(), null, r.get("title").asText(), r.get("date").asText(), r.get("source").asText()));
            out.add(StorylineJob.document(out.size(), doc));
        }
        return out;
    }
}
