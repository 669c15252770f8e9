package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.bench.BenchCommand;
import dev.storyline.eval.EvalCommand;
import dev.storyline.eval.TrainCommand;
import dev.storyline.facts.FactSettings;
import dev.storyline.settings.Settings;
import dev.storyline.store.StoryService;
import dev.storyline.store.StoryStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code storyline}: the command line. Each subcommand is one small class; this one holds what they share. */
@Command(name = "storyline", mixinStandardHelpOptions = true, versionProvider = StorylineCli.Version.class,
        description = "Turns a pile or a stream of news articles into cited stories.",
        subcommands = {IngestCommand.class, WatchCommand.class, StoriesCommand.class, ShowCommand.class, ExportCommand.class,
                RunCommand.class, ServeCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class StorylineCli {
    /** Exit code when some inputs were rejected while the rest was stored. */
    public static final int REJECTED = 3;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data folder (default: $STORYLINE_DATA, else ~/.storyline)")
    Path data;

    // the environment variable keeps the database password out of the process list that other users can read
    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database: postgresql://user:password@host:port/database for a shared PostgreSQL store "
                    + "(default: $STORYLINE_DB, else the embedded store in the data folder)")
    String db;

    @Option(names = "--attribution-model", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Attribution model written by `storyline train attribution` (default: $STORYLINE_ATTRIBUTION_MODEL, "
                    + "else the rules alone)")
    Path attributionModel;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine cli = new CommandLine(new StorylineCli());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("storyline: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    Path dataDir() {
        if (data != null) return data;
        String env = System.getenv("STORYLINE_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".storyline");
    }

    /** The --db location, else $STORYLINE_DB, else null for the embedded store. */
    String database() {
        if (db != null && !db.isBlank()) return db;
        String env = System.getenv("STORYLINE_DB");
        return env != null && !env.isBlank() ? env : null;
    }

    StoryService open() {
        return new StoryService(new Storyline(settings()), StoryStores.open(database(), dataDir()));
    }

    /** The defaults, with the options above that change what the pipeline computes. */
    Settings settings() {
        String model = attributionModel != null ? attributionModel.toString() : System.getenv("STORYLINE_ATTRIBUTION_MODEL");
        return Settings.DEFAULTS.withFacts(new FactSettings(model));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"storyline " + Storyline.VERSION};
        }
    }
}
