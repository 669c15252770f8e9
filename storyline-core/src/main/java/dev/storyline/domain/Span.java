package dev.storyline.domain;

/** A piece of an article's cleaned text, by character offsets into {@link Article#text()}. */
public record Span(String articleId, int sentenceIndex, int start, int end, String text) {}
