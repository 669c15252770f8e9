package dev.storyline.store;

import java.nio.file.Path;

/** Opens the store a location names: the server database for a PostgreSQL URL, else the embedded one. */
public final class StoryStores {
    private StoryStores() {}

    /**
     * Opens a store.
     *
     * @param location {@code postgresql://user:password@host:port/database} (or {@code jdbc:postgresql://...})
     *                 for PostgreSQL; null, blank or {@code sqlite} for the embedded SQLite store
     * @param dataDir  the data folder the embedded store lives in
     * @throws IllegalArgumentException for any other location, rather than silently using the embedded store
     */
    public static StoryStore open(String location, Path dataDir) {
        if (PostgresStoryStore.accepts(location)) return PostgresStoryStore.open(location.strip());
        if (location == null || location.isBlank() || location.strip().equalsIgnoreCase("sqlite")) {
            return SqliteStoryStore.open(dataDir);
        }
        throw new IllegalArgumentException("unknown database " + PostgresStoryStore.Location.redact(location)
                + ": want postgresql://user:password@host:port/database, or none for the embedded store in the data folder");
    }
}
