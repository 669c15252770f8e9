package dev.storyline.cli;

import dev.storyline.store.StoryService;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline run PATH...}: ingest, then print every story in full. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Ingest files or folders, then print the stories.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively)")
    List<Path> paths;

    @Override
    public Integer call() {
        StoryService service = cli.open();
        try (StoryStore store = service.store()) {
            int code = IngestCommand.ingest(service, paths, spec.commandLine().getOut(), spec.commandLine().getErr());
            store.lastRun().ifPresent(run -> {
                spec.commandLine().getOut().println();
                for (var story : run.stories()) {
                    StoryPrinter.show(story, run, spec.commandLine().getOut());
                    spec.commandLine().getOut().println();
                }
            });
            return code;
        }
    }
}
