package dev.storyline.cluster;

import dev.storyline.domain.PublicationDate;

import java.util.Map;

/**
 * An article's representation, as stories and storylines sum it: unit TF-IDF term and entity vectors, the
 * MiniLM embedding of its lead (null in the lexical-only mode), and its event date when it is given with at least
 * {@code cluster.dateConfidence} (null: undated for assignment).
 */
record Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding, PublicationDate when) {
    Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding) {
        this(terms, entities, embedding, null);
    }
}
