package dev.storyline.ingest;

import dev.storyline.settings.Ranges;

/**
 * @param maxFileBytes files larger than this are rejected unread
 * @param maxRecordChars a single JSON record or page larger than this is rejected
 */
public record IngestSettings(long maxFileBytes, int maxRecordChars) {
    public static final IngestSettings DEFAULTS = new IngestSettings(64L << 20, 4 << 20);

    public IngestSettings {
        Ranges.check("ingest.maxFileBytes", maxFileBytes, 1, 1L << 40);
        Ranges.check("ingest.maxRecordChars", maxRecordChars, 1, Integer.MAX_VALUE);
    }
}
