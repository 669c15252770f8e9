package dev.storyline.cli;

import dev.storyline.domain.StoryRun;
import dev.storyline.export.AtomFeed;
import dev.storyline.export.ClaimsCsv;
import dev.storyline.export.JsonExport;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyline export}: articles and stories as JSON (docs/JSON.md), the claims as CSV for a spreadsheet, the
 * stories as an Atom feed for a feed reader.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export articles and stories as JSON or JSON lines, claims as CSV, stories as an Atom feed.")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, jsonl, csv, atom }

    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json",
            description = "json, jsonl, csv (one row a claim, with its origins and variants) or atom (one entry a story) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "With --format atom: the server's address, for links to the story pages (e.g. http://127.0.0.1:8080)")
    String baseUrl;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (StoryStore store = cli.open().store()) {
            StoryRun run = store.lastRun().orElse(new StoryRun(store.articles(), List.of(), List.of(), List.of(),
                    new dev.storyline.Storyline(cli.settings()).provenance()));
            Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            try {
                switch (format) {
                    case json -> {
                        JsonExport.writeJson(run, w);
                        w.write('\n');
                    }
                    case jsonl -> JsonExport.writeJsonLines(run, w);
                    case csv -> ClaimsCsv.write(run, w);
                    case atom -> AtomFeed.write(run, w, baseUrl, "Storyline stories");
                }
                w.flush();
            } finally {
                if (out != null) w.close();
            }
            return 0;
        }
    }
}
