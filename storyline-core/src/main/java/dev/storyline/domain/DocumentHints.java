package dev.storyline.domain;

/**
 * Metadata known before extraction, e.g. from a JSON record, a feed item or a WARC header.
 * Any field may be null. {@code published} is kept as the container wrote it; extraction parses it.
 */
public record DocumentHints(String id, String url, String title, String published, String outlet) {
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null);
}
