package dev.storyline.ingest;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

// PLACEHOLDER: replaced by the real ingester (readers by format, size limits, binary detection).
public final class Ingester {
    private final IngestSettings settings;

    public Ingester(IngestSettings settings) {
        this.settings = settings;
    }

    /** Reads every file under the paths (folders recursively, in name order) into the sink. */
    public void ingest(List<Path> paths, DocumentSink sink) {
        for (Path root : paths) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                sink.reject(new Rejection(root.toString(), "cannot read: " + e.getMessage()));
                continue;
            }
            for (Path f : files) {
                try {
                    sink.accept(new RawDocument(f.toString(), RawDocument.Format.TEXT,
                            Files.readString(f, StandardCharsets.UTF_8), DocumentHints.NONE));
                } catch (IOException e) {
                    sink.reject(new Rejection(f.toString(), "cannot read: " + e.getMessage()));
                }
            }
        }
    }
}
