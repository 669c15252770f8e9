package dev.storyline.cli;

import dev.storyline.server.ServerOptions;
import dev.storyline.server.StorylineServer;
import dev.storyline.store.PostgresStoryStore;
import dev.storyline.store.SqliteStoryStore;
import dev.storyline.store.StoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code storyline serve [PATH...]}: the REST API and the web UI over the store (data folder or {@code --db}), until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API and the web UI over the store (data folder or --db), after ingesting PATHs if given.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}); any other needs --token")
    String host;

    // the environment variable keeps the token out of the process list that other users can read
    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:STORYLINE_TOKEN}",
            description = "Require 'Authorization: Bearer T' on every /api request (default: $STORYLINE_TOKEN)")
    String token;

    @Option(names = "--writes-per-minute", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_WRITES_PER_MINUTE,
            description = "POST /api/articles requests allowed per client address and minute (default: ${DEFAULT-VALUE})")
    int writesPerMinute;

    @Option(names = "--read-concurrency", paramLabel = "N",
            description = "GET /api requests that run at once, the rest waiting their turn; leaves the writer CPU "
                    + "(default: one fewer than the cores, at least 1)")
    Integer readConcurrency;

    @Option(names = "--watch", paramLabel = "FOLDER", description = "Ingest files that appear in FOLDER while running")
    Path watch;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest before serving")
    List<Path> paths = List.of();

    /**
     * The store's files' sizes and times: they move whenever anyone writes to the store, such as a
     * {@code storyline ingest} into the same data folder while this server runs.
     */
    static List<String> storeFiles(Path dataDir) {
        List<String> version = new ArrayList<>();
        for (String name : new String[]{SqliteStoryStore.FILE, SqliteStoryStore.FILE + "-wal"}) {
            Path f = dataDir.resolve(name);
            try {
                version.add(name + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                version.add(name + ":absent");
            }
        }
        return version;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerOptions options;
        try {
            options = new ServerOptions(host, port, token, ServerOptions.DEFAULT_MAX_BODY, writesPerMinute,
                    readConcurrency == null ? ServerOptions.DEFAULT_READ_CONCURRENCY : readConcurrency);
        } catch (IllegalArgumentException e) {
            err.println("storyline serve: " + e.getMessage());
            return 2;
        }
        StoryService service = cli.open();
        if (!paths.isEmpty()) IngestCommand.ingest(service, paths, out, err);
        StorylineServer server = new StorylineServer(service, options).start();
        if (watch != null) server.watch(watch, Duration.ofSeconds(2));
        // notice what other processes (an ingest, a watcher, another server) write to the same store
        Supplier<?> storeVersion = service.store() instanceof PostgresStoryStore pg ? pg::revision : () -> storeFiles(cli.dataDir());
        server.followStore(storeVersion, Duration.ofSeconds(2));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            service.store().close();
            stopped.countDown();
        }, "storyline-serve-stop"));
        out.println("Storyline is serving " + service.store().stories().size() + " stories at " + server.url()
                + (watch != null ? " (watching " + watch + ")" : "") + "; Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }
}
