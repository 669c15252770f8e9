package dev.storyline.ingest;

import dev.storyline.settings.Ranges;

/**
 * @param maxFileBytes    files larger than this are rejected unread
 * @param maxRecordChars  a single JSON record or page larger than this is rejected
 * @param maxArchiveBytes a web archive (WARC) may be this large on disk and decompress to at most this many bytes;
 *                        archives are far larger than single articles, and a gzip bomb stops here
 * @param maxRecordBytes  one archived or fetched page may decode (de-chunked, decompressed) to at most this many bytes
 * @param maxArticleChars an article whose main text, once extracted, is longer than this is rejected: the longest
 *                        news articles run to some 200,000 characters, and a text far past that (a book, a log) would
 *                        hold the one writer every other client waits on for minutes
 */
public record IngestSettings(long maxFileBytes, int maxRecordChars, long maxArchiveBytes, long maxRecordBytes,
                             int maxArticleChars) {
    private static final long DEFAULT_ARCHIVE_BYTES = 4L << 30;
    private static final long DEFAULT_RECORD_BYTES = 16L << 20;
    private static final int DEFAULT_ARTICLE_CHARS = 250_000;
    public static final IngestSettings DEFAULTS = new IngestSettings(64L << 20, 4 << 20, DEFAULT_ARCHIVE_BYTES,
            DEFAULT_RECORD_BYTES, DEFAULT_ARTICLE_CHARS);

    public IngestSettings {
        Ranges.check("ingest.maxFileBytes", maxFileBytes, 1, 1L << 40);
        Ranges.check("ingest.maxRecordChars", maxRecordChars, 1, Integer.MAX_VALUE);
        Ranges.check("ingest.maxArchiveBytes", maxArchiveBytes, 1, 1L << 40);
        Ranges.check("ingest.maxRecordBytes", maxRecordBytes, 1, 1L << 31);
        Ranges.check("ingest.maxArticleChars", maxArticleChars, 1, Integer.MAX_VALUE);
    }

    /** The article limit at its default. */
    public IngestSettings(long maxFileBytes, int maxRecordChars, long maxArchiveBytes, long maxRecordBytes) {
        this(maxFileBytes, maxRecordChars, maxArchiveBytes, maxRecordBytes, DEFAULT_ARTICLE_CHARS);
    }

    /** The archive limits at their defaults. */
    public IngestSettings(long maxFileBytes, int maxRecordChars) {
        this(maxFileBytes, maxRecordChars, DEFAULT_ARCHIVE_BYTES, DEFAULT_RECORD_BYTES, DEFAULT_ARTICLE_CHARS);
    }
}
