package dev.storyline.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Sparse term-weight vectors (term to weight maps), as the clusterer, the summarizer and the eval baselines use them. Public so
 * the eval module reuses these instead of keeping copies whose rounding could drift from the clusterer's.
 */
public final class SparseVectors {
    private SparseVectors() {}

    /**
     * The {@code k} strongest entries, ties broken by term so the result never depends on map order; a copy of
     * the whole map when it has at most {@code k} entries.
     */
    public static Map<String, Double> top(Map<String, Double> m, int k) {
        if (m.size() <= k) return new HashMap<>(m);
        Map<String, Double> out = new HashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The vector scaled to length 1; the zero vector is returned as it is (the same instance). */
    public static Map<String, Double> unit(Map<String, Double> m) {
        double norm = Math.sqrt(m.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) return m;
        Map<String, Double> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v / norm));
        return out;
    }

    /**
     * Dot product, iterating the smaller map: the cosine of two unit vectors. Which map is iterated decides the
     * order of the floating-point sum, so keep it as it is: scores are compared against thresholds.
     */
    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return dot(b, a);
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double v = b.get(e.getKey());
            if (v != null) dot += e.getValue() * v;
        }
        return dot;
    }

    /**
     * The terms an article is posted and looked up under: its {@code k} strongest, strongest first, ties by term.
     */
    public static java.util.List<String> strongest(Map<String, Double> m, int k) {
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }
}
