package dev.storyline.store;

import dev.storyline.domain.Rejection;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param read       documents read from the inputs
 * @param added      new articles stored
 * @param duplicates articles already stored (same content)
 * @param rejections inputs that could not be used, each with file/record and reason
 */
public record IngestReport(int read, int added, int duplicates, List<Rejection> rejections) {
    public IngestReport {
        rejections = List.copyOf(rejections);
    }
}
