package dev.storyline.timeline;

import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.TimelineEvent;

import java.util.List;

/** Orders a story's dated events on a calendar, resolving dates against the articles' publication dates. */
public interface TimelineBuilder {
    List<TimelineEvent> build(StoryMaterial story);

    static TimelineBuilder standard() {
        return new StandardTimelineBuilder();
    }
}
