package dev.storyline.domain;

/** A piece of text the cleaner removed, and the rule that removed it, so removal stays inspectable. */
public record Removal(String text, String rule) {}
