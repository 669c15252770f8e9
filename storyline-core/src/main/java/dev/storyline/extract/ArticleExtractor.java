package dev.storyline.extract;

import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;

/**
 * Turns a raw document (text or HTML) into a clean article with metadata, keeping what was removed.
 * Implementations are thread-safe and keep no state between calls.
 */
public interface ArticleExtractor {
    /** @throws ExtractionException when the document holds no usable article (the message says why) */
    Article extract(RawDocument document) throws ExtractionException;

    /** The standard extractor: HTML main text or scraped text, cleaned by the standard rules. */
    static ArticleExtractor standard() {
        return standard(ExtractionSettings.DEFAULTS);
    }

    /** The standard extractor, choosing a page's text with these thresholds. */
    static ArticleExtractor standard(ExtractionSettings settings) {
        return new StandardArticleExtractor(settings);
    }
}
