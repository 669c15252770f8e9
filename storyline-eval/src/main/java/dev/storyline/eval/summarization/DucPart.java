package dev.storyline.eval.summarization;

import java.util.EnumMap;
import java.util.Map;

/**
 * The two halves of DUC 2006: summary constants are chosen on {@link #TUNING} and reported on {@link #REPORTING},
 * so a change shows what it does on topics it was not chosen on. The split is fixed by the topic's number (odd
 * D0601, D0603, ... tune; even D0602, D0604, ... report), 25 topics each, so it holds whatever subset runs.
 */
enum DucPart {
    TUNING("tuning part, odd topics"),
    REPORTING("reporting part, even topics");

    final String label;

    DucPart(String label) {
        this.label = label;
    }

    /** The part of a DUC 2006 cluster id such as "D0614H". */
    static DucPart of(String clusterId) {
        String digits = clusterId.replaceAll("\\D", "");
        if (digits.isEmpty()) throw new IllegalArgumentException("not a DUC cluster id: " + clusterId);
        return Integer.parseInt(digits) % 2 == 1 ? TUNING : REPORTING;
    }

    /** A mean per part of scores added cluster by cluster. */
    static final class Means {
        private final Map<DucPart, double[]> sums = new EnumMap<>(DucPart.class);

        void add(String clusterId, double score) {
            double[] s = sums.computeIfAbsent(of(clusterId), k -> new double[2]);
            s[0] += score;
            s[1]++;
        }

        /** NaN when no cluster of the part was scored. */
        double mean(DucPart part) {
            double[] s = sums.get(part);
            return s == null ? Double.NaN : s[0] / s[1];
        }

        int count(DucPart part) {
            double[] s = sums.get(part);
            return s == null ? 0 : (int) s[1];
        }
    }
}
