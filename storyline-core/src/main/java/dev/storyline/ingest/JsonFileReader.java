package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Rejection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * JSON articles: one object, an array of objects, or JSON lines (one object per line), with the fields
 * id, url, title, text or html, published, outlet. A bad record is rejected with its number; the rest are read.
 */
final class JsonFileReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private final int maxRecordChars;

    JsonFileReader(int maxRecordChars) {
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        String content;
        try {
            content = Decoding.decode(Files.readAllBytes(file), null, false);
        } catch (Decoding.UndecodableException e) {
            sink.reject(new Rejection(file.toString(), e.getMessage()));
            return;
        }
        String trimmed = content.stripLeading();
        if (trimmed.isEmpty()) {
            sink.reject(new Rejection(file.toString(), "no content (only white space)"));
            return;
        }
        boolean lines = file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jsonl|ndjson)$");
        if (!lines && (trimmed.startsWith("[") || looksLikeSingleObject(trimmed))) {
            readWhole(file, content, sink);
        } else {
            readLines(file, content, sink);
        }
    }

    private static boolean looksLikeSingleObject(String s) {
        try {
            JSON.readTree(s);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private void readWhole(Path file, String content, DocumentSink sink) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            sink.reject(new Rejection(file.toString(), "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) record(file + "#" + (i + 1), root.get(i), sink);
        } else {
            record(file.toString(), root, sink);
        }
    }

    private void readLines(Path file, String content, DocumentSink sink) throws IOException {
        try (BufferedReader in = new BufferedReader(new StringReader(content))) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank()) continue;
                String source = file + "#" + n;
                if (line.length() > maxRecordChars) {
                    sink.reject(new Rejection(source, "record of " + line.length() + " characters is over the limit of " + maxRecordChars));
                    continue;
                }
                try {
                    record(source, JSON.readTree(line), sink);
                } catch (JsonProcessingException e) {
                    sink.reject(new Rejection(source, "malformed JSON: " + e.getOriginalMessage()));
                }
            }
        }
    }

    /** One record that came as a string, not in a file (a message from a queue): read as one line of a JSON-lines file. */
    void readRecord(String source, String record, DocumentSink sink) {
        if (record.length() > maxRecordChars) {
            sink.reject(new Rejection(source, "record of " + record.length() + " characters is over the limit of " + maxRecordChars));
            return;
        }
        try {
            record(source, JSON.readTree(record), sink);
        } catch (JsonProcessingException e) {
            sink.reject(new Rejection(source, "malformed JSON: " + e.getOriginalMessage()));
        }
    }

    private void record(String source, JsonNode node, DocumentSink sink) {
        try {
            sink.accept(JsonRecord.read(source, node));
        } catch (JsonRecord.Invalid e) {
            sink.reject(new Rejection(source, e.getMessage()));
        }
    }
}
