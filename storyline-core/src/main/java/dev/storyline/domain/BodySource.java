package dev.storyline.domain;

/**
 * Which evidence on a page gave an article its text, so a reader (or an engineer chasing a bad extraction) can
 * see why the text is what it is. Plain-text documents have no choice to make and say so.
 */
public enum BodySource {
    /** The document was plain text: its lines, cleaned, are the text. */
    PLAIN_TEXT,
    /** The block of the page whose paragraphs carry the most prose (the Readability-style scorer). */
    SCORED_BLOCK,
    /** The element the publisher marked as the body with schema.org microdata ({@code itemprop="articleBody"}). */
    DECLARED_BODY,
    /** The {@code articleBody} of the page's JSON-LD, when no element of the page holds it. */
    JSON_LD_BODY,
    /** The page's {@code <article>} element, when the scored block held only a small part of its prose. */
    ARTICLE_ELEMENT,
    /** Every prose paragraph of the page, when no block gave any text. */
    PAGE_PARAGRAPHS
}
