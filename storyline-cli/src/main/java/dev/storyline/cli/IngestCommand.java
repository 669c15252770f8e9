package dev.storyline.cli;

import dev.storyline.domain.Rejection;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline ingest PATH...}: read files and folders into the store and update the stories. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read text, HTML, JSON(L), RSS/Atom and WARC(.gz) files or folders into the store and update the stories.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively)")
    List<Path> paths;

    @Override
    public Integer call() {
        StoryService service = cli.open();
        try (var store = service.store()) {
            return ingest(service, paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Shared with {@code run}: ingests, reports, and returns the exit code. */
    static int ingest(StoryService service, List<Path> paths, PrintWriter out, PrintWriter err) {
        ProgressBar bar = new ProgressBar(err);
        IngestReport report = service.ingest(paths, bar::update);
        bar.finish();
        out.printf("read %d, stored %d new, %d already stored, %d rejected; %d stories%n", report.read(), report.added(),
                report.duplicates(), report.rejections().size(), service.store().stories().size());
        if (report.rejections().isEmpty()) return 0;
        err.println("rejected inputs:");
        for (Rejection r : report.rejections()) err.println("  " + r.source() + ": " + r.reason());
        return StorylineCli.REJECTED;
    }
}
