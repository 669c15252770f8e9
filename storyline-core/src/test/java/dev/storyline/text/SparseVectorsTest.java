package dev.storyline.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SparseVectorsTest {
    @Test
    void topBreaksTiesByTermSoMapOrderNeverDecides() {
        Map<String, Double> m = Map.of("b", 1.0, "a", 1.0, "c", 2.0, "d", 0.5);
        assertThat(SparseVectors.top(m, 2)).containsOnlyKeys("c", "a");
        assertThat(SparseVectors.strongest(m, 3)).isEqualTo(List.of("c", "a", "b"));
        assertThat(SparseVectors.top(m, 9)).isEqualTo(m);
    }

    @Test
    void unitAndDot() {
        Map<String, Double> u = SparseVectors.unit(Map.of("a", 3.0, "b", 4.0));
        assertThat(u.get("a")).isEqualTo(0.6, within(1e-15));
        assertThat(u.get("b")).isEqualTo(0.8, within(1e-15));
        Map<String, Double> zero = Map.of();
        assertThat(SparseVectors.unit(zero)).isSameAs(zero);
        assertThat(SparseVectors.dot(u, Map.of("b", 1.0, "c", 5.0))).isCloseTo(0.8, within(1e-15));
        assertThat(SparseVectors.dot(u, u)).isCloseTo(1.0, within(1e-12));
        assertThat(SparseVectors.dot(u, zero)).isZero();
    }
}
