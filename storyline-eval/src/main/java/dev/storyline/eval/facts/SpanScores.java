package dev.storyline.eval.facts;

import java.util.List;
import java.util.Locale;

/** Precision/recall/F1 from match counts, and the spans the fact evaluations compare. */
final class SpanScores {
    record Span(int start, int end, String value) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    record Prf(double p, double r, double f) {
        static Prf of(int matchedPredicted, int predicted, int matchedGold, int gold) {
            double p = predicted == 0 ? 0 : matchedPredicted / (double) predicted;
            double r = gold == 0 ? 0 : matchedGold / (double) gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        List<String> cells() {
            return List.of(pct(p), pct(r), pct(f));
        }
    }

    private SpanScores() {}

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }
}
