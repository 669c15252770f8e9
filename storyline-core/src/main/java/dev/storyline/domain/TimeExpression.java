package dev.storyline.domain;

/**
 * A time expression normalised TIMEX3-style against the article's publication date.
 *
 * @param span  where it is
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: "2015-04-25", "2015-W23", "2015-06", "P2D", "PAST_REF"; "XXXX-04-25" when the year is unknown
 * @param rule  the rule that found it
 */
public record TimeExpression(Span span, String type, String value, String rule) {}
