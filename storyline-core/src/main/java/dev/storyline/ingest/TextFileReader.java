package dev.storyline.ingest;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A plain-text article, scraped or typed: one document per file. */
final class TextFileReader implements DocumentReader {
    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md");
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try {
            String text = Decoding.decode(Files.readAllBytes(file), null, false);
            if (text.isBlank()) {
                sink.reject(new Rejection(file.toString(), "no text (only white space)"));
                return;
            }
            sink.accept(new RawDocument(file.toString(), RawDocument.Format.TEXT, text, DocumentHints.NONE));
        } catch (Decoding.UndecodableException e) {
            sink.reject(new Rejection(file.toString(), e.getMessage()));
        }
    }
}
