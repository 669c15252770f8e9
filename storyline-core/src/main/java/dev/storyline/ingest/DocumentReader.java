package dev.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one input file into raw documents (one for a page or a text file, many for JSON lines, feeds, WARC).
 * A bad record is reported to the sink and reading goes on; an unreadable file throws.
 */
public interface DocumentReader {
    /** True when this reader handles the file (by name and, where needed, a peek at its first bytes). */
    boolean accepts(Path file, byte[] head);

    void read(Path file, DocumentSink sink) throws IOException;
}
