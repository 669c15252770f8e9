package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One weighting for terms and entity names: (1 + ln tf) * ln((N + 20) / (df + 1)), strongest k, unit length. */
class TfIdfWeightingTest {
    @Test
    void weighsByTheDocumentsSeenSoFar() {
        TfIdfWeighting w = new TfIdfWeighting();
        Map<String, Double> first = w.weigh(Map.of("a", 2.0, "b", 1.0), 10);
        double a = (1 + Math.log(2)) * Math.log(21.0 / 2);
        double b = Math.log(21.0 / 2);
        double n = Math.sqrt(a * a + b * b);
        assertThat(first.get("a")).isCloseTo(a / n, within(1e-12));
        assertThat(first.get("b")).isCloseTo(b / n, within(1e-12));

        // the second document sees N = 2 and a's document frequency 2
        Map<String, Double> second = w.weigh(Map.of("a", 1.0, "c", 1.0), 10);
        double a2 = Math.log(22.0 / 3);
        double c2 = Math.log(22.0 / 2);
        double n2 = Math.sqrt(a2 * a2 + c2 * c2);
        assertThat(second.get("a")).isCloseTo(a2 / n2, within(1e-12));
        assertThat(second.get("c")).isCloseTo(c2 / n2, within(1e-12));
        assertThat(w.documents()).isEqualTo(2);
    }

    @Test
    void keepsTheStrongestKOnlyAndTheyAreUnitLength() {
        TfIdfWeighting w = new TfIdfWeighting();
        w.weigh(Map.of("common", 1.0), 5);
        Map<String, Double> v = w.weigh(Map.of("common", 1.0, "rare", 1.0), 1);
        assertThat(v).containsOnlyKeys("rare");
        assertThat(v.get("rare")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aSecondViewIsWeighedWithoutBeingCountedAndASenseOfThreeOrMoreWrittenOnceWeighsNothing() {
        TfIdfWeighting w = new TfIdfWeighting();
        w.weigh(Map.of("quake", 1.0), 5);
        Map<String, Double> view = w.weighAsSeen(Map.of("quake", 1.0, "dead", 0.5, "bank", 1.0 / 3), 5);
        assertThat(w.documents()).isEqualTo(1);
        assertThat(view).containsOnlyKeys("quake", "dead");
        // quake seen once: ln(21/2); dead never: (1 + ln 0.5) * ln(21/1)
        double quake = Math.log(21 / 2.0);
        double dead = (1 + Math.log(0.5)) * Math.log(21);
        assertThat(view.get("quake") / view.get("dead")).isCloseTo(quake / dead, org.assertj.core.api.Assertions.within(1e-9));
    }
}
