package dev.storyline.domain;

/**
 * A number and what it counts, e.g. "around 7,000 Iranian and Iraqi fighters", or a range, "15-20%".
 *
 * @param span          where it is in the text (the whole phrase)
 * @param value         the numeric value (spelled-out numbers resolved; "thousands" is 1000 with approximation "vague");
 *                      for a range its low end
 * @param unit          unit if any ("km", "%", "USD", "day"), else null
 * @param counted       head noun of what is counted, normalised ("fighter"), or null
 * @param countedPhrase what is counted as written ("Iranian and Iraqi fighters")
 * @param approximation "exact", "about", "more-than", "less-than", "up-to", "at-least", "vague"
 * @param change        "rise", "fall" or null when the number is not a change
 * @param rule          the rule or model that found it
 * @param high          a range's high end ("20" of "15-20%"); the value itself for a single figure
 */
public record Quantity(Span span, double value, String unit, String counted, String countedPhrase,
                       String approximation, String change, String rule, double high) {
    public Quantity {
        if (high < value) throw new IllegalArgumentException("a range's high end " + high + " is below its low end " + value);
    }

    /** A single figure. */
    public Quantity(Span span, double value, String unit, String counted, String countedPhrase, String approximation,
                    String change, String rule) {
        this(span, value, unit, counted, countedPhrase, approximation, change, rule, value);
    }

    /** Whether this is a range of values ("between 11 and 17", "25,000 to 30,000 positions"). */
    public boolean range() {
        return high > value;
    }
}
