package dev.storyline.ingest;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;

/** Receives what readers find: documents, and inputs that could not be read. */
public interface DocumentSink {
    void accept(RawDocument document);

    void reject(Rejection rejection);
}
