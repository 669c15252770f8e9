package dev.storyline.eval.summarization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

    /** The column headers of a measure by part, in the order {@link Means#cells()} fills them. */
    static List<String> columns(String measure) {
        List<String> out = new ArrayList<>();
        for (DucPart part : values()) out.add(measure + ", " + part.label);
        return out;
    }

    /** A mean per part of scores added one by one (a cluster's, or a set's in the update task). */
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

        /** Each part's mean with the number of scores in it, or "-" when the run scored none (the smoke subset). */
        List<String> cells() {
            List<String> out = new ArrayList<>();
            for (DucPart part : values()) {
                int n = count(part);
                out.add(n == 0 ? "-" : String.format(Locale.ROOT, "%.4f", mean(part)) + " (" + n + ")");
            }
            return out;
        }
    }
}
