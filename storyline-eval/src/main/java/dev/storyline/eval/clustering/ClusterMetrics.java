package dev.storyline.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BCubed (Bagga and Baldwin 1998) and pairwise precision/recall/F1 of a clustering against gold labels. */
public final class ClusterMetrics {
    public record Scores(double bcubedP, double bcubedR, double bcubedF1, double pairP, double pairR, double pairF1,
                         int predicted, int gold) {}

    private ClusterMetrics() {}

    /** @param predicted predicted cluster per item; @param gold gold cluster per item, same order */
    public static Scores score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) throw new IllegalArgumentException("predicted and gold differ in size");
        int n = predicted.size();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int overlap = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += overlap / (double) predSize.get(predicted.get(i));
            r += overlap / (double) goldSize.get(gold.get(i));
        }
        p /= n;
        r /= n;
        long tp = 0;
        long predPairs = 0;
        long goldPairs = 0;
        for (int c : both.values()) tp += (long) c * (c - 1) / 2;
        for (int c : predSize.values()) predPairs += (long) c * (c - 1) / 2;
        for (int c : goldSize.values()) goldPairs += (long) c * (c - 1) / 2;
        double pp = predPairs == 0 ? 1 : tp / (double) predPairs;
        double pr = goldPairs == 0 ? 1 : tp / (double) goldPairs;
        return new Scores(p, r, f1(p, r), pp, pr, f1(pp, pr), predSize.size(), goldSize.size());
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
