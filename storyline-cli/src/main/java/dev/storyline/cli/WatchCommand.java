package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.domain.Rejection;
import dev.storyline.ingest.web.AddressGuard;
import dev.storyline.ingest.web.FeedWatcher;
import dev.storyline.ingest.web.GuardedHttpFetcher;
import dev.storyline.ingest.web.PoliteFetcher;
import dev.storyline.ingest.web.WatchState;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryService;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyline watch FEED...}: poll RSS/Atom feeds, fetch the new items' pages politely, and store them.
 * What was already seen, and each feed's ETag/Last-Modified, is kept in the data folder between runs.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds (URLs or files), fetch new items' pages and update the stories.",
                "Pages are fetched politely: robots.txt is obeyed, one request per host per --delay, and private or "
                        + "loopback addresses are refused unless --allow-private."})
final class WatchCommand implements Callable<Integer> {
    static final String STATE_FILE = "watch-state.json";

    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEED_URL|FILE", description = "Feed URLs (http, https) or saved feed files")
    List<String> feeds;

    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "300", description = "Seconds between rounds (default: ${DEFAULT-VALUE})")
    long every;

    @Option(names = "--once", description = "Poll once and exit")
    boolean once;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "2",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE})")
    double delay;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "Connect and read timeout (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--allow-private", description = "Also fetch from private, loopback and link-local addresses (an intranet, tests)")
    boolean allowPrivate;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (every < 10) throw new ParameterException(spec.commandLine(), "--every must be at least 10 seconds");
        if (delay < 0 || delay > 3600) throw new ParameterException(spec.commandLine(), "--delay must be in [0, 3600] seconds");
        if (timeout < 1 || timeout > 600) throw new ParameterException(spec.commandLine(), "--timeout must be in [1, 600] seconds");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoryService service = cli.open();
        long cap = service.storyline().settings().ingest().maxRecordBytes();
        AddressGuard guard = new AddressGuard(AddressGuard.Resolver.SYSTEM, allowPrivate);
        try (StoryStore store = service.store();
             GuardedHttpFetcher http = new GuardedHttpFetcher(guard, Duration.ofSeconds(timeout), Duration.ofSeconds(timeout),
                     cap, "storyline/" + Storyline.VERSION + " (feed watcher; obeys robots.txt)")) {
            Path stateFile = cli.dataDir().resolve(STATE_FILE);
            WatchState state = WatchState.load(stateFile);
            Clock clock = Clock.systemUTC();
            // one fetcher for all rounds: it remembers robots.txt and when each host was last asked
            PoliteFetcher fetcher = new PoliteFetcher(http, guard,
                    clock, PoliteFetcher.Sleeper.SYSTEM, Duration.ofMillis(Math.round(delay * 1000)), "storyline");
            FeedWatcher watcher = new FeedWatcher(fetcher, state, cap);
            while (true) {
                if (once) return round(watcher, service, state, clock, out, err);
                try {
                    round(watcher, service, state, clock, out, err);
                } catch (IOException | RuntimeException e) {
                    // a watcher meant to run for days reports a failed round and tries again at the next one
                    err.println("storyline: round failed: " + e.getMessage());
                    err.flush();
                }
                Thread.sleep(Duration.ofSeconds(every).toMillis());
            }
        }
    }

    private int round(FeedWatcher watcher, StoryService service, WatchState state, Clock clock, PrintWriter out, PrintWriter err)
            throws IOException {
        FeedWatcher.Round round = watcher.poll(feeds);
        IngestReport report = service.add(round.documents());
        // saved only once the articles are stored: a crash before this re-fetches, and the store drops duplicates
        state.save();
        List<Rejection> rejected = new java.util.ArrayList<>(round.rejections());
        rejected.addAll(report.rejections());
        out.printf("%s: %d feeds (%d unchanged), %d new items, stored %d new, %d already stored, %d rejected; %d stories%n",
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), feeds.size(), round.unchangedFeeds(), report.read(),
                report.added(), report.duplicates(), rejected.size(), service.store().stories().size());
        out.flush();
        if (rejected.isEmpty()) return 0;
        err.println("rejected:");
        for (Rejection r : rejected) err.println("  " + r.source() + ": " + r.reason());
        err.flush();
        return StorylineCli.REJECTED;
    }
}
