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

    @Option(names = "--entity-model", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "Learned name tagger for people, organisations and places: `corenlp` (the optional GPL-3.0 "
                    + "module, in a command line built with `./mvnw -Pcorenlp package`; default: $STORYLINE_ENTITY_MODEL, "
                    + "else the rules alone)")
    String entityModel;

    @Option(names = "--dictionaries", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "folder of FreeDict dictionaries (dictd format) that carry other languages' words into "
                    + "English for story assignment (default: $STORYLINE_DICTIONARIES, else /usr/share/dictd, "
                    + "where Debian's dict-freedict-* packages put them)")
    Path dictionaries;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine cli = new CommandLine(new StorylineCli());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("storyline: " + message(e));
            return 1;
        });
        // a day is written yyyy-mm-dd; picocli's own message would show Java's parse exception
        cli.registerConverter(java.time.LocalDate.class, s -> {
            try {
                return java.time.LocalDate.parse(s.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a day: give it as yyyy-mm-dd, e.g. 2015-06-08");
            }
        });
        return cli.execute(args);
    }

    /**
     * What went wrong, as a user can act on it: a file error names the file and what is wrong with it (Java's own
     * message for a missing folder is the bare path).
     */
    static String message(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof java.nio.file.NoSuchFileException f) {
            Path file = Path.of(f.getFile());
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !java.nio.file.Files.isDirectory(parent)
                    ? "no such folder: " + parent + " (for " + file + ")" : "no such file: " + file;
        }
        if (t instanceof java.nio.file.AccessDeniedException f) return "permission denied: " + f.getFile();
        if (t instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : t.getClass().getSimpleName());
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /**
     * The stories as last told, or, when articles are stored but their stories are not (a run killed before it
     * saved them), told now from the stored articles: what was stored is never shown as "no stories".
     */
    static java.util.Optional<dev.storyline.domain.StoryRun> stories(dev.storyline.store.StoryService service, PrintWriter err) {
        java.util.Optional<dev.storyline.domain.StoryRun> run = service.lastRun();
        int stored = service.store().articleCount();
        if (stored > 0 && (run.isEmpty() || run.get().articles().size() < stored)) {
            err.println("storyline: telling the stories of " + stored + " stored articles (the last run did not save them)");
            return java.util.Optional.of(service.rebuild());
        }
        return run;
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
        String glossaries = dictionaries != null ? dictionaries.toString() : System.getenv("STORYLINE_DICTIONARIES");
        String entities = entityModel != null ? entityModel : System.getenv("STORYLINE_ENTITY_MODEL");
        Settings settings = Settings.DEFAULTS.withFacts(new FactSettings(model, entities));
        return glossaries == null || glossaries.isBlank() ? settings
                : settings.withCluster(settings.cluster().toBuilder().dictionaries(glossaries).build());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"storyline " + Storyline.VERSION + " (build " + build().getProperty("build", "unknown") + ")"};
        }

        /** What the build wrote: the release's version and the commit it was built from ("dev" for a local build). */
        static java.util.Properties build() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = StorylineCli.class.getResourceAsStream("build.properties")) {
                if (in != null) p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                // no build record: the version alone is still told
            }
            return p;
        }
    }
}
