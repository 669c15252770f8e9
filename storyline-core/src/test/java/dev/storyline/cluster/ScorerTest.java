package dev.storyline.cluster;

import dev.storyline.domain.Reuse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signals of one article against one story, in the lexical-only mode so every figure is by hand. */
class ScorerTest {
    static final LocalDate DAY = LocalDate.of(2015, 6, 8);
    static final ClusterSettings LEXICAL = ClusterSettings.builder().embeddings(false).build();

    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final Scorer scorer = new Scorer(LEXICAL, storyOfArticle);

    private StoryState story() {
        StoryState s = new StoryState("s", "s", 0);
        s.profile.add("p", new Features(Map.of("quake", 1.0), Map.of(), null), DAY);
        storyOfArticle.put("p", s);
        return s;
    }

    @Test
    void textDampedByTheTimeGap() {
        Scorer.Signals s = scorer.story(story(), new Features(Map.of("quake", 1.0), Map.of(), null), List.of(), DAY.plusDays(15));
        // without an embedding text carries both weights: (0.55 + 0.45) * 1, damped by 1 - 0.3 * 15/30
        assertThat(s).isEqualTo(new Scorer.Signals(0.85, 1.0, Double.NaN, Double.NaN, 0.0, 0.85));
        assertThat(s.live()).isTrue();
    }

    @Test
    void copiedTextCountsTwiceItsShareUpToOne() {
        Reuse copy = new Reuse("q", "p", 0.3, List.of());
        Scorer.Signals s = scorer.story(story(), new Features(Map.of("other", 1.0), Map.of(), null), List.of(copy), DAY);
        assertThat(s).isEqualTo(new Scorer.Signals(0.36, 0.0, Double.NaN, Double.NaN, 0.3, 1.0));
    }

    @Test
    void outOfTheWindowIsNotLiveAndNotDamped() {
        Scorer.Signals s = scorer.story(story(), new Features(Map.of("quake", 1.0), Map.of(), null), List.of(), DAY.plusDays(31));
        assertThat(s.live()).isFalse();
        assertThat(s.score()).isEqualTo(1.0);
    }

    @Test
    void aStorylineIsScoredWithoutTimeOrCopiesAndEntitiesShowWhenWeighted() {
        ClusterSettings named = LEXICAL.withEntityWeights(0.0, 0.5);
        Scorer withNames = new Scorer(named, storyOfArticle);
        StorylineState line = new StorylineState("l");
        line.profile.add("p", new Features(Map.of("quake", 1.0), Map.of("nepal", 1.0), null), DAY);
        Scorer.Signals s = withNames.storyline(line, new Features(Map.of("quake", 1.0), Map.of("nepal", 1.0), null));
        // (1 - 0.5) * (0.75 + 0.25) * text + 0.5 * entities
        assertThat(s).isEqualTo(new Scorer.Signals(1.0, 1.0, Double.NaN, 1.0, 0.0, 1.0));
    }
}
