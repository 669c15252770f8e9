package dev.storyline.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.ingest.JsonRecord;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a POST /api/articles body into raw documents: one JSON article (or an array of them), JSON lines, or a
 * raw HTML/text page whose metadata comes from the query string. A body that cannot be read as a whole is a 400;
 * in a JSON-lines batch a bad line is only that line's rejection, as with JSON-lines files.
 */
final class ArticleIntake {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    /** What a body held: documents to add, and records rejected before extraction. */
    record Batch(List<RawDocument> documents, List<Rejection> rejections) {}

    private ArticleIntake() {}

    /**
     * @param contentType the request's Content-Type (may be null)
     * @param body        the bytes
     * @param query       query parameters (url, title, outlet, published, id) for raw pages
     */
    static Batch parse(String contentType, byte[] body, Function<String, String> query) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String mime = type.split(";", 2)[0].strip();
        String text = decode(body, charset(type));
        if (text.isBlank()) throw ApiError.badRequest("empty body");
        return switch (mime) {
            case "application/json" -> json(text);
            case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines" -> lines(text);
            case "text/html" -> page(RawDocument.Format.HTML, text, query);
            case "text/plain" -> page(RawDocument.Format.TEXT, text, query);
            default -> throw new ApiError(415, "unsupported Content-Type '" + mime + "': use application/json, "
                    + "application/x-ndjson, text/html or text/plain");
        };
    }

    private static Batch json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        List<RawDocument> docs = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        if (root != null && root.isArray()) {
            // one bad element is a rejection of its own, as a bad line of a JSON-lines file is: the rest are stored
            for (int i = 0; i < root.size(); i++) {
                try {
                    docs.add(record("api#" + (i + 1), root.get(i)));
                } catch (ApiError e) {
                    rejections.add(new Rejection("api#" + (i + 1), e.getMessage()));
                }
            }
        } else {
            docs.add(record("api", root));
        }
        return new Batch(docs, rejections);
    }

    private static Batch lines(String text) {
        List<RawDocument> docs = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String source = "api#" + (i + 1);
            try {
                docs.add(record(source, JSON.readTree(lines[i])));
            } catch (JsonProcessingException e) {
                rejections.add(new Rejection(source, "malformed JSON: " + e.getOriginalMessage()));
            } catch (ApiError e) {
                rejections.add(new Rejection(source, e.getMessage()));
            }
        }
        return new Batch(docs, rejections);
    }

    private static Batch page(RawDocument.Format format, String content, Function<String, String> query) {
        String url = query.apply("url");
        DocumentHints hints = new DocumentHints(query.apply("id"), url, query.apply("title"), query.apply("published"),
                query.apply("outlet"));
        return new Batch(List.of(new RawDocument(url == null ? "api" : url, format, content, hints)), List.of());
    }

    /** A record as JSON files are read ({@link JsonRecord}); its source is its URL when it has one. */
    private static RawDocument record(String source, JsonNode node) {
        try {
            RawDocument doc = JsonRecord.read(source, node);
            return doc.hints().url() == null ? doc : new RawDocument(doc.hints().url(), doc.format(), doc.content(), doc.hints());
        } catch (JsonRecord.Invalid e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /**
     * The body as text: UTF-8 (the default) strictly, so that bytes that are not UTF-8 are refused rather than
     * stored as replacement characters; a legacy charset the client names maps every byte, as it does.
     */
    private static String decode(byte[] body, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) return new String(body, charset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiError.badRequest("the body is not valid UTF-8 (" + e.getMessage() + "); send UTF-8 or name the charset");
        }
    }

    private static Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) return StandardCharsets.UTF_8;
        String name = contentType.substring(at + 8).split("[;\\s]", 2)[0].replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("unknown charset '" + name + "'");
        }
    }
}
