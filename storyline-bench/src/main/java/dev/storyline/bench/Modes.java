package dev.storyline.bench;

import dev.storyline.settings.Settings;

/** The benchmark's named setting variants. */
final class Modes {
    private Modes() {}

    /** Embeddings off: story assignment on TF-IDF and copied text only (the summarizer uses no embeddings). */
    static Settings lexicalOnly(Settings settings) {
        return settings.withCluster(settings.cluster().withEmbeddings(false));
    }
}
