package dev.storyline.domain;

import java.util.Objects;

/**
 * One input document as a reader found it, before extraction and cleaning.
 *
 * @param source  the path or URL it came from (with "#n" for the n-th record of a multi-record file)
 * @param format  how {@code content} is encoded
 * @param content the text, HTML or JSON text of the document
 * @param hints   metadata the container already knew (JSON fields, feed item, WARC headers); never null
 */
public record RawDocument(String source, Format format, String content, DocumentHints hints) {
    public enum Format { TEXT, HTML }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? DocumentHints.NONE : hints;
    }
}
