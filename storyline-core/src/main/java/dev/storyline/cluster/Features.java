package dev.storyline.cluster;

import java.util.Map;

/**
 * An article's representation, as stories and storylines sum it: unit TF-IDF term and entity vectors, and the
 * MiniLM embedding of its lead (null in the lexical-only mode).
 */
record Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding) {}
