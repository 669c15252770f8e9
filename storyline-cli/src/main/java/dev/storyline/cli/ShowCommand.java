package dev.storyline.cli;

import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline show STORY}: one story in full. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one story: summary with citations, claims with origins and variants, timeline, coverage.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STORY", description = "Story id, a unique prefix of it, or its number in `storyline stories`")
    String story;

    @Override
    public Integer call() {
        try (StoryStore store = cli.open().store()) {
            StoryRun run = store.lastRun().orElse(null);
            Story s = run == null ? null : find(run.stories(), story);
            if (s == null) {
                spec.commandLine().getErr().println("storyline show: no story '" + story + "' (see `storyline stories`)");
                return 2;
            }
            StoryPrinter.show(s, run, spec.commandLine().getOut());
            return 0;
        }
    }

    static Story find(List<Story> stories, String key) {
        if (key.matches("\\d{1,6}")) {
            int n = Integer.parseInt(key);
            if (n >= 1 && n <= stories.size()) return stories.get(n - 1);
        }
        List<Story> matches = stories.stream().filter(s -> s.id().startsWith(key)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
