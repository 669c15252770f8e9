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
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Articles per second of the Flink job on a local MiniCluster at parallelism 1 and 2, on the DUC 2006 dev stream,
 * and the agreement of its stories with the embedded session's (BCubed F1 of one membership against the other).
 * Usage: {@code storyline-flink/bench [DATA_DIR]} (default ../shared/data).
 */
public final class FlinkBench {
    private FlinkBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<String> documents = documents(data.resolve("clustering/duc2006-stream.jsonl"));
        Settings settings = Settings.DEFAULTS;
        long t = System.nanoTime();
        List<String> embedded = embedded(documents, settings);
        double embeddedSeconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "| system | parallelism (extract) | articles | seconds | articles/s | BCubed F1 vs embedded |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| embedded session (one thread) | - | %d | %.1f | %.1f | 1.000 |%n", embedded.size(),
                embeddedSeconds, embedded.size() / embeddedSeconds);
        for (int p : new int[]{1, 2}) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
            env.setParallelism(p);
            t = System.nanoTime();
            List<String> flink = StorylineJob.run(env, documents, settings, p);
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "| Flink job, local MiniCluster | %d | %d | %.1f | %.1f | %.3f |%n", p, flink.size(), seconds,
                    flink.size() / seconds, bcubedF1(flink, embedded));
        }
    }

    static List<String> documents(Path stream) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(stream, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode r = json.readTree(line);
            RawDocument doc = new RawDocument(r.get("id").asText(), RawDocument.Format.TEXT,
                    r.get("title").asText() + "\n\n" + r.get("text").asText(),
                    new DocumentHints(r.get("id").asText(), null, r.get("title").asText(), r.get("date").asText(), r.get("source").asText()));
            out.add(StorylineJob.document(out.size(), doc));
        }
        return out;
    }

    static List<String> embedded(List<String> documents, Settings settings) throws Exception {
        Storyline storyline = new Storyline(settings);
        StorySession session = storyline.session();
        List<String> out = new ArrayList<>();
        for (String d : documents) {
            try {
                var article = storyline.extract(StorylineJob.valueOf(d, RawDocument.class));
                out.add(article.id() + "\t" + session.add(article).storyId());
            } catch (ExtractionException e) {
                // no article text
            }
        }
        return out;
    }

    /** BCubed F1 of membership {@code a} against {@code b} over the articles both assigned. */
    static double bcubedF1(List<String> a, List<String> b) {
        Map<String, String> x = membership(a);
        Map<String, String> y = membership(b);
        Map<String, List<String>> xs = groups(x);
        Map<String, List<String>> ys = groups(y);
        double p = 0;
        double r = 0;
        int n = 0;
        for (String id : x.keySet()) {
            if (!y.containsKey(id)) continue;
            Set<String> same = Set.copyOf(ys.get(y.get(id)));
            long both = xs.get(x.get(id)).stream().filter(same::contains).count();
            p += both / (double) xs.get(x.get(id)).size();
            r += both / (double) same.size();
            n++;
        }
        p /= n;
        r /= n;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, String> membership(List<String> lines) {
        Map<String, String> m = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            m.put(parts[0], parts[1]);
        }
        return m;
    }

    private static Map<String, List<String>> groups(Map<String, String> m) {
        Map<String, List<String>> g = new HashMap<>();
        m.forEach((id, story) -> g.computeIfAbsent(story, k -> new ArrayList<>()).add(id));
        return g;
    }
}
