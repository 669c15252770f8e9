package dev.storyline.domain;

/**
 * A number and what it counts, e.g. "around 7,000 Iranian and Iraqi fighters".
 *
 * @param span          where it is in the text (the whole phrase)
 * @param value         the numeric value (spelled-out numbers resolved; "thousands" is 1000 with approximation "vague")
 * @param unit          unit if any ("km", "%", "USD", "days"), else null
 * @param counted       head noun of what is counted, normalised ("fighter"), or null
 * @param countedPhrase what is counted as written ("Iranian and Iraqi fighters")
 * @param approximation "exact", "about", "more-than", "less-than", "up-to", "at-least", "vague"
 * @param change        "rise", "fall" or null when the number is not a change
 * @param rule          the rule or model that found it
 */
public record Quantity(Span span, double value, String unit, String counted, String countedPhrase,
                       String approximation, String change, String rule) {}
