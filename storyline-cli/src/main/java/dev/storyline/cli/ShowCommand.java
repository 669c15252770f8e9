package dev.storyline.cli;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.store.StoryService;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline show STORY [--since DAY] [--query TEXT] [--storyline]}: one story in full, what is new in it since a
 * day, and either focused on a topic; with {@code --storyline}, the same for the story's whole storyline.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one story: summary with citations, claims with origins and variants, timeline, coverage.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    StorylineCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STORY", description = "Story id, a unique prefix of it, or its number in `storyline stories`")
    String story;

    @Option(names = "--since", paramLabel = "DAY",
            description = "Only what is new since DAY (yyyy-mm-dd): an update summary of the articles published from then on")
    LocalDate since;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Focus the summary (with --since, the update) on a topic or a question, e.g. \"the evacuation\"")
    String query;

    @Option(names = "--storyline",
            description = "One summary of the story's whole storyline (its stories' articles together), with --since and --query as for a story")
    boolean storyline;

    @Override
    public Integer call() {
        StoryService service = cli.open();
        try (StoryStore store = service.store()) {
            StoryRun run = StorylineCli.stories(service, spec.commandLine().getErr()).orElse(null);
            Story s = run == null ? null : StoryRun.find(run.stories(), story);
            if (s == null) {
                spec.commandLine().getErr().println("storyline show: no story '" + story + "' (see `storyline stories`)");
                return 2;
            }
            if (query != null && query.isBlank()) {
                spec.commandLine().getErr().println("storyline show: --query needs a topic or a question");
                return 2;
            }
            Map<String, Article> articles = new HashMap<>();
            run.articles().forEach(a -> articles.put(a.id(), a));
            if (storyline) {
                List<Story> stories = run.stories().stream().filter(o -> o.storylineId().equals(s.storylineId())).toList();
                StoryPrinter.storyline(s.storylineId(), stories,
                        service.storyline().summarize(s.storylineId(), stories, articles, since, query), since, query,
                        spec.commandLine().getOut());
            } else if (since != null) {
                StoryPrinter.update(s, service.storyline().update(s, articles, since, query), since, query, spec.commandLine().getOut());
            } else if (query != null) {
                StoryPrinter.focus(s, service.storyline().focus(s, articles, query), query, spec.commandLine().getOut());
            } else {
                StoryPrinter.show(s, run, spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
