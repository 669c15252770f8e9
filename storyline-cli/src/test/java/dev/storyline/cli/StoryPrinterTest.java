package dev.storyline.cli;

import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.AssignmentSignals;
import dev.storyline.domain.Provenance;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryMerge;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.StorylineMove;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `show` tells how a story came to be: each article's why, and the moves and merges that followed arrival. */
class StoryPrinterTest {
    static final LocalDate DAY = LocalDate.of(2015, 6, 8);

    static Article article(String id, LocalDate day) {
        return new Article(id, id + ".txt", null, "Title " + id, "Outlet " + id, null, day, List.of(), "Text.", List.of(), id);
    }

    static AssignmentSignals signals(double... v) {
        return AssignmentSignals.joined(v[0], v[1], v[2], null, v[3], v[4]);
    }

    @Test
    void showPrintsWhyEachArticleIsInTheStoryAndTheMergesAndMoves() {
        Story story = new Story("s1", "line", List.of("a", "b", "c"), null, List.of(), List.of(),
                List.of(new Assignment("a", "s1", true, 0, AssignmentSignals.newStory(null, 0.23)),
                        new Assignment("b", "s2", true, 0, AssignmentSignals.NONE),
                        new Assignment("c", "s1", false, 0.61, signals(0.61, 0.42, 0.84, 0.0, 0.99))),
                List.of(new StorylineMove("s1", "line", 0.19, DAY.plusDays(30))),
                List.of(new StoryMerge("s2", 0.58, DAY.plusDays(2), "c")),
                new Provenance("test", "f", Map.of()));
        StoryRun run = new StoryRun(List.of(article("a", DAY), article("b", DAY.plusDays(1)), article("c", DAY.plusDays(2))),
                List.of(story), List.of(), List.of(), story.provenance());
        StringWriter text = new StringWriter();
        StoryPrinter.show(story, run, new PrintWriter(text, true));

        assertThat(text.toString())
                .contains("(joined storyline line on 2015-07-08: no later article followed it; closest on arrival, score 0.19)")
                .contains("(story s2 merged into it on 2015-06-10: article c could join both, stories alike at 0.58)")
                .contains("  [1] Outlet a — Title a (2015-06-08; event 2015-06-08 from published) a.txt\n      why: began the story; linked to an existing storyline at 0.23\n")
                .contains("      why: began story s2, merged in since\n")
                .contains("      why: joined at 0.61 (text 0.42, embedding 0.84, reuse 0.00, time 0.99)\n");
    }
}
