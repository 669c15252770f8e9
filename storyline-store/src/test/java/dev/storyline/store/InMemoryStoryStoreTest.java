package dev.storyline.store;

class InMemoryStoryStoreTest extends StoryStoreContract {
    private final InMemoryStoryStore store = new InMemoryStoryStore();

    /** The in-memory store lives as long as its instance: every "opening" is that one instance. */
    @Override
    protected StoryStore openStore() {
        return store;
    }

    /** It keeps whatever run it is given. */
    @Override
    protected boolean refusesDuplicateStoryIds() {
        return false;
    }
}
