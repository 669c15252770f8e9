package dev.storyline.extract;

import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

// PLACEHOLDER: replaced by the real extractor (HTML main text, cleaning rules, metadata).
final class StandardArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(RawDocument doc) throws ExtractionException {
        String content = doc.format() == RawDocument.Format.HTML ? org.jsoup.Jsoup.parse(doc.content()).text() : doc.content();
        String[] lines = content.strip().split("\n", 2);
        if (content.isBlank()) throw new ExtractionException("empty document");
        String title = doc.hints().title() != null ? doc.hints().title() : lines[0].strip();
        String text = lines.length > 1 ? lines[1].strip() : lines[0];
        String hash = hash(title + "\n" + text);
        String id = doc.hints().id() != null ? doc.hints().id() : "a" + hash.substring(0, 12);
        return new Article(id, doc.source(), doc.hints().url(), title, doc.hints().outlet(), null, null, List.of(), text, List.of(), hash);
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
