package dev.storyline.timeline;

import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.TimelineEvent;

import java.util.List;

/** Orders a story's dated events on a calendar, resolving dates against the articles' publication dates. */
public interface TimelineBuilder {
    List<TimelineEvent> build(StoryMaterial story);

    /**
     * With each member's event day (in member order; null where none), which places the weekdays of an article
     * that carries no publication date: "on Wednesday" in an undated report of a story dated Wednesday 13 March.
     */
    default List<TimelineEvent> build(StoryMaterial story, List<dev.storyline.domain.PublicationDate> memberDates) {
        return build(story);
    }

    static TimelineBuilder standard() {
        return new StandardTimelineBuilder();
    }
}
