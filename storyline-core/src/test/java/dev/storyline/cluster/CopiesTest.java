package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When copied text is evidence of a story's event: tiny exact inputs. */
class CopiesTest {
    static final String WIRE = "Around 7,000 fighters arrived, a source told AFP.";
    static final String BOILERPLATE = "This report was produced automatically from data.";
    static final String OWN = "Residents left the area on foot through the night.";
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();

    private StoryState story(String id, String member) {
        StoryState s = new StoryState(id, id, 0);
        s.profile.add(member, new Features(Map.of("x", 1.0), Map.of(), null), null);
        storyOfArticle.put(member, s);
        return s;
    }

    /** Sentence 0 its own, sentence 1 the copied one. */
    private static AnalyzedArticle article(String copied) {
        Article a = new Article("new", "new", null, "t", null, null, null, List.of(), "x", List.of(), "h");
        return new AnalyzedArticle(a, List.of(), List.of(new Sentence("new", 0, 0, OWN.length(), OWN, List.of("resident")),
                new Sentence("new", 1, 52, 52 + copied.length(), copied, List.of("copied"))));
    }

    private static Reuse copy(String from) {
        return new Reuse("new", from, 0.5, List.of(new Reuse.SentencePair(1, 1, 1.0)));
    }

    @Test
    void aCopiedSentenceWithAFigureOrANameIsEvidence() {
        StoryState s = story("s", "a");
        Copies copies = new Copies(article(WIRE), List.of(copy("a")), storyOfArticle);
        assertThat(copies.share(s)).isEqualTo(WIRE.length() / (double) (OWN.length() + WIRE.length()));
        assertThat(Copies.aboutNoEvent(article(WIRE), List.of(copy("a")), storyOfArticle)).isEmpty();
    }

    @Test
    void copiedBoilerplateIsNoEvidenceAndLeavesTheArticlesWords() {
        StoryState s = story("s", "a");
        Copies copies = new Copies(article(BOILERPLATE), List.of(copy("a")), storyOfArticle);
        assertThat(copies.share(s)).isZero();
        assertThat(Copies.aboutNoEvent(article(BOILERPLATE), List.of(copy("a")), storyOfArticle)).containsExactly(1);
    }

    @Test
    void aSentenceFoundInTwoStoriesIsTemplate() {
        StoryState s = story("s", "a");
        story("t", "b");
        Copies copies = new Copies(article(WIRE), List.of(copy("a"), copy("b")), storyOfArticle);
        assertThat(copies.share(s)).isZero();
        assertThat(Copies.aboutNoEvent(article(WIRE), List.of(copy("a"), copy("b")), storyOfArticle)).containsExactly(1);
    }

    @Test
    void boilerplateIsWhatNamesNoOneAndGivesNoFigure() {
        assertThat(Copies.isBoilerplate("For more local news, subscribe to our free daily newsletter.")).isTrue();
        assertThat(Copies.isBoilerplate("The union said the strike would last until Friday.")).isFalse();
        assertThat(Copies.isBoilerplate("The strike cancelled 12 routes.")).isFalse();
        assertThat(Copies.isBoilerplate("Police closed the junction while investigators worked.")).isTrue();
    }
}
