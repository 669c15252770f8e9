package dev.storyline.cli;

import dev.storyline.domain.StoryRun;
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
        try (StoryStore store = cli.open().store()) {
            StoryRun run = store.lastRun().orElse(null);
            if (run == null || run.stories().isEmpty()) {
                spec.commandLine().getOut().println("no stories yet: run `storyline ingest PATH...` first");
                return 0;
            }
            StoryPrinter.list(run, spec.commandLine().getOut());
            return 0;
        }
    }
}
