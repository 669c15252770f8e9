package dev.storyline.cli;

import dev.storyline.domain.StoryRun;
import dev.storyline.store.StoryService;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code storyline stories}: one line per story. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "List the stories, one line each.")
final class StoriesCommand implements Callable<Integer> {
    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoryService service = cli.open();
        try (StoryStore store = service.store()) {
            StoryRun run = StorylineCli.stories(service, spec.commandLine().getErr()).orElse(null);
            if (run == null || run.stories().isEmpty()) {
                spec.commandLine().getOut().println("no stories yet: run `storyline ingest PATH...` first");
                return 0;
            }
            StoryPrinter.list(run, spec.commandLine().getOut());
            return 0;
        }
    }
}
