package dev.storyline.eval;

import dev.storyline.eval.clustering.ClusterMetrics;
import dev.storyline.eval.extraction.ShingleMetric;
import dev.storyline.eval.summarization.Rouge;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The metrics on inputs small enough to count by hand. */
class MetricsTest {
    @Test
    void bcubedAndPairwiseOnAHandCountedClustering() {
        // gold: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}
        ClusterMetrics.Scores s = ClusterMetrics.score(List.of("a", "a", "b", "b", "b"), List.of("x", "x", "x", "y", "y"));
        // BCubed P: items 1,2 -> 1; item 3 -> 1/3; items 4,5 -> 2/3 => (1+1+1/3+2/3+2/3)/5 = 11/15
        assertThat(s.bcubedP()).isCloseTo(11.0 / 15, within(1e-9));
        // BCubed R: items 1,2 -> 2/3; item 3 -> 1/3; items 4,5 -> 1 => (2/3+2/3+1/3+1+1)/5 = 11/15
        assertThat(s.bcubedR()).isCloseTo(11.0 / 15, within(1e-9));
        // pairs: predicted {12, 34, 35, 45}; gold {12, 13, 23, 45}; shared {12, 45}
        assertThat(s.pairP()).isCloseTo(0.5, within(1e-9));
        assertThat(s.pairR()).isCloseTo(0.5, within(1e-9));
        assertThat(s.predicted()).isEqualTo(2);
        assertThat(s.gold()).isEqualTo(2);
    }

    @Test
    void shingleMetricFollowsTheBenchmarksDefinition() {
        ShingleMetric.Page same = ShingleMetric.page("one two three four five", "one two three four five");
        assertThat(same.exact()).isTrue();
        assertThat(same.tp()).isEqualTo(1.0);
        // gold shingles: [1234, 2345]; predicted: [1234, 2346] -> tp 1, fp 1, fn 1, each a third
        ShingleMetric.Page half = ShingleMetric.page("one two three four five", "one two three four six");
        assertThat(half.tp()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(half.fp()).isCloseTo(1.0 / 3, within(1e-9));
        ShingleMetric.Scores s = ShingleMetric.score(List.of(same, half), 1);
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.accuracy()).isEqualTo(0.5);
        // a text shorter than four tokens is one shingle; nothing predicted on a page with gold gives recall 0
        assertThat(ShingleMetric.page("a b", "").fn()).isEqualTo(1.0);
    }

    @Test
    void rougeCountsClippedNgramsAndSkipBigrams() {
        Rouge rouge = new Rouge(Map.of(), new Rouge.Options(0, 0, false));
        List<String> peer = rouge.tokens("the cat sat on the mat");
        List<String> ref = rouge.tokens("the cat was on the mat");
        // unigrams: the×2, cat, on, mat match (5 of 6)
        assertThat(rouge.rougeN(peer, List.of(ref), 1).recall()).isCloseTo(5.0 / 6, within(1e-9));
        // bigrams: "the cat", "on the", "the mat" match (3 of 5)
        assertThat(rouge.rougeN(peer, List.of(ref), 2).recall()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(rouge.rougeSU(peer, List.of(peer), 4).recall()).isEqualTo(1.0);
        // SU counts every token's unigram but the last one's, as ROUGE-1.5.5: "a b c" is a, b, a b, a c, b c and
        // "c b a" is c, b, c b, c a, b a: only "b" is shared (1 of 5; 3 of 6 if last tokens counted)
        assertThat(rouge.rougeSU(List.of("a", "b", "c"), List.of(List.of("c", "b", "a")), 4).recall()).isCloseTo(0.2, within(1e-9));
        // at most maxSkip words between a pair: "a c x" with 1 is a, c, a c, a x, c x; the peer shares a, c, a c
        assertThat(rouge.rougeSU(List.of("a", "b", "c", "d"), List.of(List.of("a", "c", "x")), 1).recall()).isCloseTo(3.0 / 5, within(1e-9));
    }

    @Test
    void rougeLimitsCutTheTextAsRead() {
        Rouge words = new Rouge(Map.of(), new Rouge.Options(3, 0, false));
        assertThat(words.tokens("Hun Sen's party, won")).containsExactly("hun", "sen", "s", "party");
        Rouge bytes = new Rouge(Map.of(), new Rouge.Options(0, 10, false));
        // the first 10 characters of the text read, cut mid-word as ROUGE-1.5.5 does
        assertThat(bytes.tokens("abcdef ghijkl mnop")).containsExactly("abcdef", "ghi");
        Rouge stemmed = new Rouge(Map.of("geese", "goose"), new Rouge.Options(0, 0, true));
        // an irregular form becomes its WordNet base, not stemmed further; words of three letters stay as they are
        assertThat(stemmed.tokens("geese running cats ran")).containsExactly("goose", "run", "cat", "ran");
    }

    @Test
    void jackknifingAveragesTheLeaveOneOutScores() {
        Rouge rouge = new Rouge(Map.of(), new Rouge.Options(0, 0, false));
        List<String> peer = List.of("a", "b");
        List<List<String>> refs = List.of(List.of("a"), List.of("b"), List.of("c"));
        // leave out "a": refs b,c -> 1/2; leave out "b": a,c -> 1/2; leave out "c": a,b -> 2/2
        assertThat(rouge.jackknife(peer, refs, (p, r) -> rouge.rougeN(p, r, 1)).recall()).isCloseTo(2.0 / 3, within(1e-9));
    }
}
