package dev.storyline.cli;

import dev.storyline.domain.StoryRun;
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

/** {@code storyline export}: articles and stories as JSON (docs/JSON.md). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export articles and stories as JSON or JSON lines.")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, jsonl }

    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json or jsonl (default: ${DEFAULT-VALUE})")
    Format format;

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
                if (format == Format.json) {
                    JsonExport.writeJson(run, w);
                    w.write('\n');
                } else {
                    JsonExport.writeJsonLines(run, w);
                }
                w.flush();
            } finally {
                if (out != null) w.close();
            }
            return 0;
        }
    }
}
