package dev.storyline.bench;

import dev.storyline.settings.Settings;

/** The benchmark's named setting variants. */
final class Modes {
    private Modes() {}

    /** Embeddings off everywhere they are used. */
    static Settings lexicalOnly(Settings settings) {
        return settings;
    }
}
