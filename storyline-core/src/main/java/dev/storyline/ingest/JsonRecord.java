package dev.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;

import java.util.List;
import java.util.Locale;

/**
 * One article record of JSON input, read the same way from a file, a JSON-lines line and the API's body. A
 * record is an object of string fields ({@link #FIELDS}; {@code id} may also be an integer) with a non-blank
 * {@code text} or, failing that, {@code html}. Stateless.
 */
public final class JsonRecord {
    public static final List<String> FIELDS = List.of("id", "url", "title", "published", "outlet", "text", "html");

    /** A record that is no article; the message is the reason, as a reader is shown it. */
    public static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason);
        }
    }

    private JsonRecord() {}

    /** @param source where the record is ("news.jsonl#3", "api#2"): the document's source */
    public static RawDocument read(String source, JsonNode node) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid("expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        // wrong types first: "text": {...} is a malformed record, not a record without text
        for (String field : FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual() && !(field.equals("id") && v.isIntegralNumber())) {
                throw new Invalid("field \"" + field + "\" must be a string, found " + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        }
        String text = string(node, "text");
        String html = string(node, "html");
        boolean hasText = text != null && !text.isBlank();
        if (!hasText && (html == null || html.isBlank())) throw new Invalid("record has neither \"text\" nor \"html\"");
        String id = node.hasNonNull("id") ? node.get("id").asText() : null;
        DocumentHints hints = new DocumentHints(id, string(node, "url"), string(node, "title"), string(node, "published"),
                string(node, "outlet"));
        return new RawDocument(source, hasText ? RawDocument.Format.TEXT : RawDocument.Format.HTML, hasText ? text : html, hints);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isTextual() ? null : v.asText();
    }
}
