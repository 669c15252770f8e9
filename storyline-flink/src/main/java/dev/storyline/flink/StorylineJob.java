package dev.storyline.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.export.JsonExport;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.DocumentSink;
import dev.storyline.settings.Settings;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Storyline as a Flink DataStream job, over the very same core stages:
 * <pre>
 *   documents (bounded: files and folders read by the core's Ingester, numbered in input order)
 *     → extract, clean, analyse  (parallel, stateless: text, facts and the lead's embedding, everything that
 *                                 depends on the article alone; scales out with the job's parallelism)
 *     → assign to stories        (one keyed operator: dedup and online clustering depend on order, so they run
 *                                 as one task that restores input order and keeps its articles in checkpointed state)
 *     → story assignments        (article id, story id, storyline id)
 * </pre>
 * Elements travel as JSON strings (the export's mapper), so nothing depends on how Flink serialises records.
 */
public final class StorylineJob {
    private StorylineJob() {}

    /**
     * One input document, numbered in input order (the order the online assignment must follow). Elements are
     * "number TAB json": the number is read without parsing the (large) value, which is parsed once, when used.
     */
    public static String document(long seq, RawDocument document) {
        return numbered(seq, document);
    }

    static String numbered(long seq, Object value) {
        return seq + "\t" + json(value);
    }

    static long seqOf(String element) {
        return Long.parseLong(element.substring(0, element.indexOf('\t')));
    }

    /** The value's JSON text, as it travelled. */
    static String valueJson(String element) {
        return element.substring(element.indexOf('\t') + 1);
    }

    static <T> T valueOf(String element, Class<T> type) throws JsonProcessingException {
        return JSON.readValue(valueJson(element), type);
    }

    /** The job's graph over a stream of numbered documents; returns "articleId TAB storyId TAB assignment JSON" lines. */
    public static DataStream<String> build(DataStream<String> documents, Settings settings, int extractParallelism) {
        return build(documents, settings, extractParallelism, false);
    }

    /**
     * The job's graph; with {@code runs}, the assignment task also tells the stories at every checkpoint and at the
     * end of the input, for {@link #runs} (telling costs time, so only when a sink wants the stories).
     */
    public static SingleOutputStreamOperator<String> build(DataStream<String> documents, Settings settings,
                                                           int extractParallelism, boolean runs) {
        DataStream<String> articles = documents.rebalance()
                .flatMap(new Extract(settings)).name("extract").uid("extract").setParallelism(extractParallelism);
        return articles.keyBy(a -> 0)
                .transform("assign stories", Types.STRING, new AssignStoriesOperator(new AssignStories(settings), runs))
                .uid("assign-stories").setParallelism(1);
    }

    /** The stories as they stand at each checkpoint and at the end: the core's {@code StoryRun} as JSON. */
    public static DataStream<String> runs(SingleOutputStreamOperator<String> assignments) {
        return assignments.getSideOutput(AssignStoriesOperator.RUNS);
    }

    /** Reads files and folders with the core's readers into numbered documents, in input order. */
    public static List<String> read(List<Path> paths, Settings settings) {
        return read(paths, settings, false);
    }

    /**
     * Reads files and folders with the core's readers into numbered documents (rejections are logged and skipped).
     * {@code byDate}: numbered in the order {@code storyline run} takes a pile in ({@link Storyline#inArrivalOrder}:
     * by publication day, else event day, undated last, input order among equals), so the job tells the same stories;
     * the client extracts each document once to learn its day, and a document with no article text keeps its place
     * at the end.
     */
    public static List<String> read(List<Path> paths, Settings settings, boolean byDate) {
        Storyline storyline = new Storyline(settings);
        List<RawDocument> docs = new ArrayList<>();
        storyline.read(paths, new DocumentSink() {
            @Override
            public void accept(RawDocument document) { docs.add(document); }

            @Override
            public void reject(Rejection rejection) { System.err.println("rejected " + rejection.source() + ": " + rejection.reason()); }
        });
        List<RawDocument> ordered = docs;
        if (byDate) {
            java.util.IdentityHashMap<Article, RawDocument> from = new java.util.IdentityHashMap<>();
            List<Article> articles = new ArrayList<>();
            List<RawDocument> textless = new ArrayList<>();
            for (RawDocument d : docs) {
                try {
                    Article a = storyline.extract(d);
                    from.put(a, d);
                    articles.add(a);
                } catch (ExtractionException e) {
                    textless.add(d); // the job rejects it again, with its reason
                }
            }
            ordered = new ArrayList<>();
            for (Article a : Storyline.inArrivalOrder(articles)) ordered.add(from.get(a));
            ordered.addAll(textless);
        }
        List<String> out = new ArrayList<>();
        for (RawDocument d : ordered) out.add(document(out.size(), d));
        return out;
    }

    /** Runs the job on the given documents and returns the assignments in input order. */
    public static List<String> run(StreamExecutionEnvironment env, List<String> documents, Settings settings, int parallelism)
            throws Exception {
        DataStream<String> out = build(env.fromData(documents).setParallelism(1), settings, parallelism);
        List<String> result = new ArrayList<>();
        try (var it = out.executeAndCollect("storyline")) {
            it.forEachRemaining(result::add);
        }
        return result;
    }

    /**
     * Extraction, cleaning and the session's per-article stages (text, facts, embedding): stateless, one Storyline
     * per task. A document with no article text keeps its number with an empty value.
     */
    static final class Extract extends RichFlatMapFunction<String, String> {
        private final String settings; // as JSON: the core's settings are records, not Serializable
        private transient Storyline storyline;
        private transient StorySession preparer; // used only for its stateless prepare()
        private transient InputProbe probe;

        Extract(Settings settings) {
            this.settings = json(settings);
        }

        @Override
        public void open(OpenContext context) throws Exception {
            storyline = new Storyline(JSON.readValue(settings, Settings.class));
            preparer = storyline.session();
            probe = InputProbe.installed();
        }

        @Override
        public void flatMap(String value, Collector<String> out) throws Exception {
            long seq = seqOf(value);
            probe.reached("extract", seq);
            try {
                out.collect(numbered(seq, preparer.prepare(storyline.extract(valueOf(value, RawDocument.class)))));
            } catch (ExtractionException e) {
                // keep the numbering whole: the assignment waits for every number in order
                out.collect(numbered(seq, null));
            }
        }
    }

    /** The export's mapper: how elements, settings and runs travel between tasks. */
    public static final ObjectMapper JSON = JsonExport.mapper();

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
