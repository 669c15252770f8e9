package dev.storyline.timeline;

import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.TimelineEvent;

import java.util.List;

// PLACEHOLDER: replaced by the real timeline.
final class StandardTimelineBuilder implements TimelineBuilder {
    @Override
    public List<TimelineEvent> build(StoryMaterial story) {
        return List.of();
    }
}
