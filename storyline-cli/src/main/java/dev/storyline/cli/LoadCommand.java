package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.server.LoadRun;
import dev.storyline.settings.Settings;
import dev.storyline.store.SqliteStoryStore;
import dev.storyline.store.StoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code storyline load}: the server under concurrent writers and readers, on a fresh store in a temporary folder. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Benchmark the server under concurrent writers and readers (fresh temporary store).")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--writers", defaultValue = "16", description = "Clients posting articles (default: ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--readers", defaultValue = "16", description = "Clients listing and opening stories (default: ${DEFAULT-VALUE})")
    int readers;

    @Option(names = "--seconds", defaultValue = "30", description = "How long (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--big-article-mb", defaultValue = "0",
            description = "One more client posts one article of this many MB at the start (default: none)")
    double bigArticleMb;

    @Option(names = "--warmup-seconds", defaultValue = "5",
            description = "Run this long first, unmeasured: models load, first stories build (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("storyline-load");
        LoadRun.Result r;
        try (SqliteStoryStore store = SqliteStoryStore.open(data)) {
            r = LoadRun.run(new StoryService(new Storyline(Settings.DEFAULTS), store), writers, readers, Duration.ofSeconds(seconds),
                    (int) Math.round(bigArticleMb * 1_000_000), Duration.ofSeconds(warmupSeconds));
        }
        out.printf(Locale.ROOT, "- Command: `./storyline load --writers %d --readers %d --seconds %d --warmup-seconds %d%s`; %d cores%n%n",
                writers, readers, seconds, warmupSeconds, bigArticleMb > 0 ? " --big-article-mb " + bigArticleMb : "",
                Runtime.getRuntime().availableProcessors());
        out.println("| operation | requests | per second | p50 ms | p99 ms | max ms |");
        out.println("|---|---|---|---|---|---|");
        row(out, "POST /api/articles (one article)", r.writes(), r.seconds());
        row(out, "GET /api/stories, /api/stories/{id}", r.reads(), r.seconds());
        if (r.big() != null) {
            out.printf(Locale.ROOT, "%nbig article: %,d characters of JSON, answered %d in %.0f ms: %s%n", r.big().chars(),
                    r.big().status(), r.big().ms(), r.big().answer().replaceAll("\\s+", " "));
        }
        out.printf(Locale.ROOT, "%nerrors %d; articles acknowledged %d, stored %d, distinct %d: %s%n", r.errors(),
                r.acknowledged(), r.stored(), r.distinctStored(), r.lossless() ? "nothing lost or duplicated" : "MISMATCH");
        return r.lossless() ? 0 : 1;
    }

    private static void row(PrintWriter out, String op, LoadRun.Latencies l, double seconds) {
        out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", op, l.count(), l.count() / seconds, l.p50(), l.p99(), l.max());
    }
}
