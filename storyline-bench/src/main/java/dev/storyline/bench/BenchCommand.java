package dev.storyline.bench;

import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalWriter;
import dev.storyline.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench}: end-to-end throughput, per-stage cost, memory and arrival-to-story latency on
 * the replayed dev stream at several sizes, written as a section of docs/PERFORMANCE.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput, per-stage cost, memory and latency on the replayed dev stream.")
public final class BenchCommand implements Callable<Integer> {
    static final String HEADER = "# Storyline performance\n\nEvery table here is written by `./storyline bench` "
            + "(each section names its exact command, date and commit); see the end of this file for where the time goes.\n";

    @Option(names = "--data-dir", defaultValue = "../shared/data", description = "Shared data folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,300000",
            description = "Articles per run, comma-separated (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--lexical-only", description = "Turn embeddings off (the lexical-only mode)")
    boolean lexicalOnly;

    @Option(names = "--tell-every", defaultValue = "1",
            description = "Tell an article's story again after every n-th arrival (default: ${DEFAULT-VALUE} = every article)")
    int tellEvery;

    @Option(names = "--threads", defaultValue = "-1",
            description = "Workers preparing articles ahead of the adding thread (default: one per core; 0 = all on one thread)")
    int threads;

    @Option(names = "--rate", defaultValue = "0",
            description = "Articles arriving per second, evenly spaced, to measure latency below capacity (default: 0 = all at once)")
    double rate;

    @Option(names = "--retire-after-days", defaultValue = "365",
            description = "Stories idle this long (by article dates) leave memory, as on an endless stream; 0 = never (default: ${DEFAULT-VALUE})")
    int retireAfterDays;

    @Option(names = "--live-stories", split = ",", defaultValue = "1000,10000,100000",
            description = "Live story counts for the growth-in-stories run; empty to skip (default: ${DEFAULT-VALUE})")
    List<Integer> liveStories;

    @Option(names = "--story-sizes", split = ",", defaultValue = "10,100,1000",
            description = "Articles in the one story timed when told from scratch; empty to skip (default: ${DEFAULT-VALUE})")
    List<Integer> storySizes;

    @Option(names = "--peers", negatable = true, defaultValue = "true",
            description = "Also time the TF-IDF single-pass baseline and the extraction peers (default: ${DEFAULT-VALUE})")
    boolean peers;

    @Option(names = "--out", defaultValue = "docs/PERFORMANCE.md", description = "Report to update (default: ${DEFAULT-VALUE})")
    Path out;

    /** Standalone entry, for running the benchmark without the CLI module. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 0) threads = Runtime.getRuntime().availableProcessors();
        List<DevCorpus.Item> corpus = DevCorpus.load(dataDir);
        Settings settings = lexicalOnly ? Modes.lexicalOnly(Settings.DEFAULTS) : Settings.DEFAULTS;
        String mode = lexicalOnly ? "lexical-only" : "default (embeddings on)";
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> stageRows = new ArrayList<>();
        for (int n : sizes) {
            if (n <= 0) continue;
            System.err.printf(Locale.ROOT, "bench: %d articles, %s ...%n", n, mode);
            EndToEndRun.Result r = EndToEndRun.run(corpus, n, settings, tellEvery, threads, retireAfterDays, rate);
            rows.add(List.of(String.format(Locale.ROOT, "%,d", r.articles()), String.format(Locale.ROOT, "%,d", r.stories()),
                    String.format(Locale.ROOT, "%,d", r.retired()),
                    f1(r.seconds()), f1(r.articlesPerSecond()), f2(r.p50Millis()), f2(r.p99Millis()),
                    mb(r.peakHeap()), mb(r.liveHeap()), mb(r.peakResident())));
            long total = r.stageNanos().values().stream().mapToLong(Long::longValue).sum();
            for (Map.Entry<String, Long> e : r.stageNanos().entrySet()) {
                stageRows.add(List.of(String.format(Locale.ROOT, "%,d", r.articles()), e.getKey(),
                        f1(e.getValue() / 1e3 / r.articles()), f1(100.0 * e.getValue() / Math.max(1, total)) + " %"));
            }
            System.err.printf(Locale.ROOT, "bench: %d articles in %.1f s = %.1f articles/s%n", r.articles(), r.seconds(), r.articlesPerSecond());
        }
        List<List<String>> liveRows = new ArrayList<>();
        for (int k : liveStories) {
            if (k <= 0) continue;
            System.err.printf(Locale.ROOT, "bench: %d live stories ...%n", k);
            LiveStoriesRun.Result r = LiveStoriesRun.run(corpus, k, corpus.size(), settings);
            liveRows.add(List.of(String.format(Locale.ROOT, "%,d", r.liveStories()),
                    String.format(Locale.ROOT, "%,d", r.storiesAfterFill()), String.valueOf(r.measured()),
                    f2(r.millisPerArticle()), f2(r.p99Millis())));
        }
        List<List<String>> tellRows = new ArrayList<>();
        List<Integer> tellSizes = storySizes.stream().filter(k -> k > 0).toList();
        if (!tellSizes.isEmpty()) {
            System.err.printf(Locale.ROOT, "bench: telling stories of %s articles ...%n", tellSizes);
            for (StoryTellRun.Result r : StoryTellRun.run(dataDir, tellSizes, settings)) {
                tellRows.add(List.of(String.format(Locale.ROOT, "%,d", r.articles()), f2(r.corroborateMillis()),
                        f2(r.summarizeMillis()), f2(r.timelineMillis()), f2(r.totalMillis())));
            }
        }
        List<List<String>> peerRows = new ArrayList<>();
        if (peers) {
            int n = sizes.stream().filter(k -> k > 0).findFirst().orElse(corpus.size());
            System.err.printf(Locale.ROOT, "bench: peers (TF-IDF single pass on %d articles, extractors on AEB dev) ...%n", Math.min(n, 10_000));
            try {
                for (PeersRun.Result r : PeersRun.run(dataDir, corpus, Math.min(n, 10_000))) {
                    peerRows.add(List.of(r.system(), r.work(), String.format(Locale.ROOT, "%,d", r.items()), f1(r.seconds()),
                            f1(r.perSecond())));
                }
            } catch (Exception e) {
                throw new IllegalStateException("the peers' run failed", e);
            }
        }
        List<EvalTable> tables = new ArrayList<>();
        tables.add(new EvalTable("Throughput, latency and memory", List.of("articles", "stories", "retired from memory", "seconds",
                "articles/s", "p50 ms", "p99 ms", "peak heap MB", "live heap MB", "peak RSS MB"), rows));
        tables.add(new EvalTable("Cost per stage", List.of("articles", "stage", "µs/article", "share"), stageRows));
        if (!liveRows.isEmpty()) {
            tables.add(new EvalTable("Growth with live stories (per-article stages of the next dev articles)",
                    List.of("live stories filled", "stories after fill", "articles timed", "ms/article", "p99 ms"), liveRows));
        }
        if (!peerRows.isEmpty()) {
            tables.add(new EvalTable("Side by side in the same run: a plain TF-IDF clusterer, and the extraction stage against its peers",
                    List.of("system", "work", "items", "seconds", "items/s"), peerRows));
        }
        if (!tellRows.isEmpty()) {
            tables.add(new EvalTable("Telling one story from scratch (ms, median of 5): a DUC 2006 cluster replayed with fresh ids",
                    List.of("articles in the story", "corroborate", "summarize", "timeline", "total"), tellRows));
        }
        EvalReport report = new EvalReport("bench-" + (lexicalOnly ? "lexical" : "default") + (rate > 0 ? "-paced" : ""),
                "End to end, " + mode + (rate > 0 ? ", " + f1(rate) + " articles arriving per second" : ""),
                DevCorpus.STREAM + " (1,240 articles) replayed in time order with fresh ids, each round "
                        + DevCorpus.YEARS_PER_ROUND + " years later; machine: " + machine(),
                tables,
                List.of("Latency = arrival to the article's story told again (extract + per-article stages + corroborate, "
                                + "summarize, timeline of that story)" + (tellEvery > 1 ? ", story told every " + tellEvery + " arrivals" : "") + ".",
                        threads > 0
                                ? threads + " worker thread(s) extract and prepare articles ahead (text, facts, the lead's "
                                        + "embedding: StorySession.prepare) while one thread adds them in arrival order and tells "
                                        + "their stories; stage costs are summed over threads, so they add up to more than the wall time."
                                : "Every stage runs on one thread.",
                        retireAfterDays > 0
                                ? "Stories idle for " + retireAfterDays + " days (by article dates) are retired from memory every "
                                        + "1,000 arrivals (StorySession.retire), as a server on an endless stream does; the story "
                                        + "count includes them."
                                : "No story leaves memory.",
                        "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                                + ", max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB."));
        EvalWriter.write(out, HEADER, List.of(report), commandLine(), commit(), LocalDate.now(ZoneOffset.UTC).toString());
        System.out.print(EvalWriter.markdown(report, commandLine(), commit(), LocalDate.now(ZoneOffset.UTC).toString()));
        return 0;
    }

    private String commandLine() {
        return "./storyline bench --sizes " + String.join(",", sizes.stream().map(String::valueOf).toList())
                + " --live-stories " + String.join(",", liveStories.stream().map(String::valueOf).toList())
                + " --story-sizes " + String.join(",", storySizes.stream().map(String::valueOf).toList())
                + (peers ? "" : " --no-peers")
                + (lexicalOnly ? " --lexical-only" : "") + (tellEvery > 1 ? " --tell-every " + tellEvery : "")
                + " --threads " + threads + " --retire-after-days " + retireAfterDays + (rate > 0 ? " --rate " + f1(rate) : "");
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: the processor name is not essential to the report
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + mb(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()) + " MB RAM";
    }

    static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? s : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String f1(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    private static String f2(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    private static String mb(long bytes) { return bytes < 0 ? "n/a" : String.valueOf(bytes >> 20); }
}
