package dev.storyline.domain;

/**
 * Where each of an article's page-level fields came from. A field the page did not give (no byline) has no source.
 *
 * @param headline {@link MetadataSource#CONTAINER}, {@code OPEN_GRAPH}, {@code TWITTER_CARD}, {@code H1},
 *                 {@code TITLE_ELEMENT}, {@code TEXT_LINE} or {@code FIRST_SENTENCE}
 * @param byline   {@code META}, {@code AUTHOR_ELEMENT} or {@code TEXT_LINE}; null without a byline
 * @param outlet   {@code CONTAINER}, {@code OPEN_GRAPH}, {@code META}, {@code TEXT_LINE} or {@code URL_HOST}; null
 *                 without an outlet
 * @param language {@code DETECTED} or {@code UNDETERMINED}
 */
public record ArticleEvidence(MetadataSource headline, MetadataSource byline, MetadataSource outlet, MetadataSource language) {}
