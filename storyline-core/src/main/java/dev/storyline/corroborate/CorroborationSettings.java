package dev.storyline.corroborate;

import dev.storyline.facts.QuantityExtractor;
import dev.storyline.settings.Ranges;

/**
 * How claims are grouped and when two of them disagree. Every number that decides whether two reports are one
 * claim, or a conflict, is here (and in each story's provenance through the settings' fingerprint).
 *
 * @param sameContext          two equal figures counting differently named things are one claim when their
 *                             sentences' terms overlap this much (Jaccard): "reach 10,000 men" / "deploy 10,000 fighters"
 * @param sameStatement        two attributed statements are one claim at this Jaccard overlap of their terms
 * @param minStatementWords    an attributed statement shorter than this (words as {@code Words} counts them) is no claim
 * @param maxCountRatio        two counts of one thing are one count reported differently within this ratio (7,000 and
 *                             20,000 fighters); further apart they are different counts (6,667 in May, 220,000 in the war)
 * @param maxSharePoints       two shares of one thing within this many points (58.2% and 57.6%); 58.2% and 41.8% of a
 *                             vote are two candidates' shares
 * @param maxMeasureRatio      spans and sums within this ratio (a handshake of 12 or 13 seconds)
 * @param maxMagnitudeDifference two agencies' magnitudes of one quake differ by tenths (USGS 7.8, AFAD 7.4, GFZ 7.7);
 *                             a logarithmic scale is compared by difference, and a whole point apart is another quake
 * @param about                how far "about" reaches, as a share of the value ("about 126 GeV" allows 125.3)
 * @param laterReportDays      a figure first published this many days after the last report of another is a later
 *                             count of the slot (298 killed two days after 295), not a disagreement at one time
 */
public record CorroborationSettings(double sameContext, double sameStatement, int minStatementWords, double maxCountRatio,
                                    double maxSharePoints, double maxMeasureRatio, double maxMagnitudeDifference,
                                    double about, int laterReportDays) {
    public static final CorroborationSettings DEFAULTS = new CorroborationSettings(0.25, 0.5, 6, 5, 5, 1.5, 0.9, 0.05, 2);

    public CorroborationSettings {
        Ranges.check("corroborate.sameContext", sameContext, 0.0, 1.0);
        Ranges.check("corroborate.sameStatement", sameStatement, 0.0, 1.0);
        Ranges.check("corroborate.minStatementWords", minStatementWords, 1, 1000);
        Ranges.check("corroborate.maxCountRatio", maxCountRatio, 1.0, 1000.0);
        Ranges.check("corroborate.maxSharePoints", maxSharePoints, 0.0, 100.0);
        Ranges.check("corroborate.maxMeasureRatio", maxMeasureRatio, 1.0, 1000.0);
        Ranges.check("corroborate.maxMagnitudeDifference", maxMagnitudeDifference, 0.0, 10.0);
        Ranges.check("corroborate.about", about, 0.0, 1.0);
        Ranges.check("corroborate.laterReportDays", laterReportDays, 1, 3650);
    }

    /** Whether two values, in {@code unit} (null for a count), can be one measure reported differently. */
    public boolean sameMeasureReportedDifferently(String unit, double a, double b) {
        if (unit == null) return Math.max(a, b) <= maxCountRatio * Math.min(a, b);
        if (unit.equals("%")) return Math.abs(a - b) <= maxSharePoints;
        if (unit.equals(QuantityExtractor.MAGNITUDE)) return Math.abs(a - b) <= maxMagnitudeDifference;
        return Math.max(a, b) <= maxMeasureRatio * Math.min(a, b);
    }

    /**
     * Whether a value given as {@code approximation} {@code a} allows {@code b}: "at least 30 killed" allows 63 (a
     * rising toll, not a disagreement), "about 126 GeV" allows 125.3; two exact figures allow only themselves.
     * "About" reaches no further than one step of the last digit it states: "about 65.5%" is not 66.1%, "about nine
     * hours and 45 minutes" (9.75) is not "over 10 hours"; "about 7,000" still reaches its share.
     */
    public boolean compatible(String approximation, double a, double b) {
        if (approximation == null) return false;
        return switch (approximation) {
            case "at-least", "more-than" -> b >= a;
            case "up-to", "less-than" -> b <= a;
            case "about" -> Math.abs(a - b) <= Math.min(about * Math.max(Math.abs(a), Math.abs(b)), lastDigitStep(a));
            default -> false;
        };
    }

    /** The place value of a figure's last non-zero digit: 1000 for 7,000, 1 for 126, 0.1 for 65.5, 0.01 for 9.75. */
    static double lastDigitStep(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) return Double.POSITIVE_INFINITY;
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(Math.abs(v)).stripTrailingZeros();
        return java.math.BigDecimal.ONE.scaleByPowerOfTen(-d.scale()).doubleValue();
    }
}
