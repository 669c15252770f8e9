package dev.storyline.domain;

/**
 * Where an article's headline, byline or outlet was read, and how its language was told: what a reader checks when
 * a headline looks wrong, and what an engineer chasing a bad extraction looks at first.
 */
public enum MetadataSource {
    /** Given by the record that carried the page: a feed item, a JSON field, a WARC record's metadata. */
    CONTAINER,
    /** The page's Open Graph mark-up ({@code og:title}, {@code og:site_name}). */
    OPEN_GRAPH,
    /** The page's Twitter card ({@code twitter:title}). */
    TWITTER_CARD,
    /** A meta element: {@code author}, {@code article:author}, {@code dc.creator}, {@code application-name}. */
    META,
    /** An element the page marks as its author's: {@code rel=author}, {@code .byline}, {@code itemprop=author}. */
    AUTHOR_ELEMENT,
    /** The page's first {@code h1}. */
    H1,
    /** The page's {@code title} element, its site suffix cut ("... | Site"). */
    TITLE_ELEMENT,
    /** A line of the text: the title line of a plain-text page, a "By ..." line, a "Source: ..." line. */
    TEXT_LINE,
    /** Made from the text's first sentence: the page gave no headline, or only one that was page chrome. */
    FIRST_SENTENCE,
    /** The host of the page's URL: no outlet was named. */
    URL_HOST,
    /** Told from the words of the headline and the text by the language detector. */
    DETECTED,
    /** The detector's lead over the next language was too small to tell: the language is "und". */
    UNDETERMINED
}
