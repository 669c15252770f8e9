package dev.storyline.domain;

/** An input that could not be used: which file or record, and why. */
public record Rejection(String source, String reason) {}
