package dev.storyline.cluster;

/**
 * A storyline: the same representation as a story, over all its stories' articles at any age, so that a new story
 * can be linked to a topic long after the topic's stories went idle. Never posted in the term index: storylines
 * are reached through their stories.
 */
final class StorylineState {
    final String id;
    final Profile profile = new Profile();
    /** Its stories still in memory; the storyline leaves memory with the last. */
    int liveStories;

    StorylineState(String id) {
        this.id = id;
    }
}
