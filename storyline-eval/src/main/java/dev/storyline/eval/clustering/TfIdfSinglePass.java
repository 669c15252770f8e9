package dev.storyline.eval.clustering;

import dev.storyline.text.SparseVectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline: single-pass clustering by TF-IDF cosine to cluster centroids, scanning every cluster,
 * online IDF, one threshold. Plain on purpose: it is what Storyline must beat.
 */
public final class TfIdfSinglePass {
    private final double threshold;
    private final Map<String, Integer> df = new HashMap<>();
    private final List<Map<String, Double>> centroids = new ArrayList<>();
    private int docs;

    public TfIdfSinglePass(double threshold) {
        this.threshold = threshold;
    }

    /** Assigns the next document; returns its cluster number. */
    public int add(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) tf.merge(w, 1, Integer::sum);
        }
        docs++;
        tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, f) -> v.put(t, (1 + Math.log(f)) * Math.log((docs + 1.0) / df.get(t))));
        normalise(v);
        int best = -1;
        double bestSim = -1;
        for (int c = 0; c < centroids.size(); c++) {
            double s = dot(v, centroids.get(c));
            if (s > bestSim) {
                bestSim = s;
                best = c;
            }
        }
        if (best >= 0 && bestSim >= threshold) {
            Map<String, Double> centroid = centroids.get(best);
            v.forEach((t, w) -> centroid.merge(t, w, Double::sum));
            normalise(centroid);
            return best;
        }
        centroids.add(new HashMap<>(v));
        return centroids.size() - 1;
    }

    /** Dot product of two sparse vectors: core's, so the baseline and the clusterer sum alike. */
    static double dot(Map<String, Double> a, Map<String, Double> b) {
        return SparseVectors.dot(a, b);
    }

    private static void normalise(Map<String, Double> v) {
        double n = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (n > 0) v.replaceAll((k, x) -> x / n);
    }
}
