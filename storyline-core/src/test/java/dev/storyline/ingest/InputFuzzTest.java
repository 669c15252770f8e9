package dev.storyline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.extract.ExtractionException;
import dev.storyline.settings.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of everything that reads untrusted bytes: each reader (text, HTML, JSON lines, feeds,
 * WARC, and a Kafka record's value) through the Ingester, then extraction, then the per-article stages and the story stages. The contract:
 * whatever the bytes, a file ends as articles or as rejections with a reason, never as an exception or a reader
 * fault. In a plain test run each target replays its inputs under {@code InputFuzzTestInputs/} (seeds and past
 * crashes); {@code JAZZER_FUZZ=1} fuzzes one target (see {@code fuzz} at the repository root).
 */
class InputFuzzTest {
    // embeddings off: the fuzzer wants thousands of runs a second, and the embedder only sees text the rest saw
    /**
     * No embeddings and no dictionaries: a language's dictionary is read on its first article, which takes seconds
     * for German's and which the fuzzer would take for a slow input (a garbled WARC record read as German did);
     * GlossaryTest covers the reading of dictionaries.
     */
    static final Settings SETTINGS = Settings.DEFAULTS.withCluster(Settings.DEFAULTS.cluster().toBuilder()
            .embeddings(false).dictionaries(null).build());
    static final Storyline STORYLINE = new Storyline(SETTINGS);

    @FuzzTest(maxDuration = "10s")
    void textFile(byte[] data) { readThrough(data, ".txt"); }

    @FuzzTest(maxDuration = "10s")
    void htmlFile(byte[] data) { readThrough(data, ".html"); }

    @FuzzTest(maxDuration = "10s")
    void jsonLinesFile(byte[] data) { readThrough(data, ".jsonl"); }

    @FuzzTest(maxDuration = "10s")
    void feedFile(byte[] data) { readThrough(data, ".rss"); }

    @FuzzTest(maxDuration = "10s")
    void warcFile(byte[] data) { readThrough(data, ".warc"); }

    /** A Kafka record's value, read as one JSON article ({@link Ingester#readRecord}), as the stream job reads it. */
    @FuzzTest(maxDuration = "10s")
    void kafkaRecord(byte[] data) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        new Ingester(SETTINGS.ingest()).readRecord("topic#0", new String(data, java.nio.charset.StandardCharsets.UTF_8),
                new DocumentSink() {
                    @Override
                    public void accept(RawDocument document) { documents.add(document); }

                    @Override
                    public void reject(Rejection rejection) { rejections.add(rejection); }
                });
        assertThat(documents.size() + rejections.size()).isEqualTo(1);
        assertThat(rejections).allSatisfy(r -> assertThat(r.reason()).isNotBlank().doesNotStartWith(Ingester.INTERNAL_ERROR));
        for (RawDocument d : documents) {
            try {
                STORYLINE.session().add(STORYLINE.extract(d));
            } catch (ExtractionException e) {
                // a clear "no article text" is a valid answer
            }
        }
    }

    private static void readThrough(byte[] data, String extension) {
        Path file = null;
        try {
            file = Files.createTempFile("storyline-fuzz", extension);
            Files.write(file, data);
            List<RawDocument> documents = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            STORYLINE.read(List.of(file), new DocumentSink() {
                @Override
                public void accept(RawDocument document) { documents.add(document); }

                @Override
                public void reject(Rejection rejection) { rejections.add(rejection); }
            });
            assertThat(rejections).noneSatisfy(r -> assertThat(r.reason()).startsWith(Ingester.INTERNAL_ERROR));
            assertThat(rejections).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
            StorySession session = STORYLINE.session();
            for (RawDocument document : documents) {
                Article article;
                try {
                    article = STORYLINE.extract(document);
                } catch (ExtractionException e) {
                    continue; // a clear "no article text" is a valid answer
                }
                session.add(article);
            }
            session.snapshot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) file.toFile().delete();
        }
    }
}
