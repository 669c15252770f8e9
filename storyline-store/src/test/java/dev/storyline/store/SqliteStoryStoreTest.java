package dev.storyline.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir
    Path dir;

    @Override
    protected StoryStore openStore() {
        return SqliteStoryStore.open(dir);
    }
}
