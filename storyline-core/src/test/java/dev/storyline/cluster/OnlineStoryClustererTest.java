package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The story and storyline levels weigh their signals apart; crafted vectors stand in for MiniLM here. */
class OnlineStoryClustererTest {
    static final LocalDate DAY = LocalDate.of(2000, 8, 14);

    static AnalyzedArticle article(String id, List<String> titleTerms, List<String> bodyTerms) {
        Article a = new Article(id, id, null, String.join(" ", titleTerms), null, null, DAY, List.of(),
                String.join(" ", bodyTerms), List.of(), id);
        return new AnalyzedArticle(a, titleTerms, List.of(new Sentence(id, 0, 0, 1, "x", bodyTerms)));
    }

    static float[] axis(int i) {
        float[] v = new float[4];
        v[i] = 1;
        return v;
    }

    @Test
    void theStorylineLinkUsesItsOwnTextShareWhileTheStoryScoreKeepsTheStoryWeights() {
        ClusterSettings settings = ClusterSettings.DEFAULTS.withThresholds(0.5, 0.01);
        StoryClusterer clusterer = StoryClusterer.create(settings);
        Assignment a = clusterer.assign(article("a", List.of("russia", "submarine"), List.of("navy", "rescue", "crew")), List.of(), axis(0));
        // the same day, an orthogonal embedding: both scores are text alone, each times its own text weight
        Assignment b = clusterer.assign(article("b", List.of("russia", "chechnya"), List.of("war", "rebel", "crew")), List.of(), axis(1));

        assertThat(b.newStory()).isTrue();
        double story = b.signals().get("bestLiveStoryScore");
        double line = b.signals().get("storylineLinkScore");
        assertThat(line).isCloseTo(story * settings.storylineTextWeight() / settings.textWeight(), within(0.003));
        assertThat(clusterer.storylineOf(b.storyId())).isEqualTo(clusterer.storylineOf(a.storyId()));
    }

    @Test
    void theStorylineTextShareIsRangeChecked() {
        assertThatThrownBy(() -> ClusterSettings.DEFAULTS.withStorylineTextWeight(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster.storylineTextWeight");
        assertThat(ClusterSettings.DEFAULTS.storylineTextWeight()).isEqualTo(0.75);
    }
}
