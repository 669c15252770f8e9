package dev.storyline.eval.clustering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ceilings on similarity matrices small enough to work out by hand. */
class ClusteringCeilingsTest {
    private static final List<String> GOLD = List.of("X", "X", "Y", "Y");

    @Test
    void separableTopicsReachThePerfectScoreInBothCeilings() {
        double[][] sim = {
                {1, 0.8, 0.1, 0.0},
                {0.8, 1, 0.0, 0.1},
                {0.1, 0.0, 1, 0.7},
                {0.0, 0.1, 0.7, 1}};
        assertThat(ClusteringCeilings.nearestTopic(sim, GOLD)).containsExactly("X", "X", "Y", "Y");
        assertThat(ClusterMetrics.score(ClusteringCeilings.bestCut(sim, GOLD), GOLD).bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void theOracleLeavesTheArticleOutOfItsOwnTopic() {
        // the first article is far from the other X article and close to both Y articles:
        // X without it is {x2}, cosine 0.1; Y's centroid: (0.9 + 0.9) / sqrt(1 + 1 + 2 * 0.8) = 0.949
        double[][] sim = {
                {1, 0.1, 0.9, 0.9},
                {0.1, 1, 0.0, 0.0},
                {0.9, 0.0, 1, 0.8},
                {0.9, 0.0, 0.8, 1}};
        List<String> oracle = ClusteringCeilings.nearestTopic(sim, GOLD);
        assertThat(oracle).containsExactly("Y", "X", "Y", "Y");
        assertThat(ClusterMetrics.score(oracle, GOLD).bcubedF1()).isLessThan(1.0);
    }

    @Test
    void anArticleAloneInItsTopicIsComparedWithTheOthersOnly() {
        double[][] sim = {
                {1, 0.3, 0.2},
                {0.3, 1, 0.9},
                {0.2, 0.9, 1}};
        assertThat(ClusteringCeilings.nearestTopic(sim, List.of("A", "B", "B"))).containsExactly("B", "B", "B");
    }

    @Test
    void bestCutStopsBeforeJoiningTopicsAndScoresIt() {
        // three tight pairs, two of them a little alike: the best cut keeps the gold pairs
        double[][] sim = {
                {1, 0.9, 0.3, 0.3, 0, 0},
                {0.9, 1, 0.3, 0.3, 0, 0},
                {0.3, 0.3, 1, 0.9, 0, 0},
                {0.3, 0.3, 0.9, 1, 0, 0},
                {0, 0, 0, 0, 1, 0.8},
                {0, 0, 0, 0, 0.8, 1}};
        List<String> gold = List.of("a", "a", "b", "b", "c", "c");
        List<String> cut = ClusteringCeilings.bestCut(sim, gold);
        assertThat(ClusterMetrics.score(cut, gold).bcubedF1()).isEqualTo(1.0);
        assertThat(cut.get(0)).isEqualTo(cut.get(1)).isNotEqualTo(cut.get(2));
    }
}
