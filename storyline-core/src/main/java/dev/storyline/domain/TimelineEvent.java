package dev.storyline.domain;

import java.util.List;

/**
 * A dated event of a story.
 *
 * @param date       ISO date as precise as known ("2015-04-25", "2015-06", "2015")
 * @param text       the sentence that dates it
 * @param articleIds articles that report it
 * @param evidence   the time expressions behind it
 */
public record TimelineEvent(String date, String text, List<String> articleIds, List<TimeExpression> evidence) {
    public TimelineEvent {
        articleIds = List.copyOf(articleIds);
        evidence = List.copyOf(evidence);
    }
}
