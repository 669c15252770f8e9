package dev.storyline.cluster;

import dev.storyline.domain.PublicationDate;

import java.util.Map;

/**
 * An article's representation, as stories and storylines sum it: unit TF-IDF term and entity vectors, the
 * MiniLM embedding of its lead (null in the lexical-only mode), its event date when it is given with at least
 * {@code cluster.dateConfidence} (null: undated for assignment), and what carries across languages: its
 * language, its unit TF-IDF {@link Anchors} (summed by stories) and of those the ones the stream has seen in
 * another language (what it is compared by against a story in other languages; not summed), and its words in
 * English ({@link dev.storyline.text.Glossary}): an English article's own terms, another language's glossed by a
 * dictionary, empty without one (summed by stories).
 */
record Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding, PublicationDate when,
                String language, Map<String, Double> anchors, Map<String, Double> crossAnchors,
                Map<String, Double> english) {
    Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding) {
        this(terms, entities, embedding, null);
    }

    /** An article of no identified language: compared by its words alone. */
    Features(Map<String, Double> terms, Map<String, Double> entities, float[] embedding, PublicationDate when) {
        this(terms, entities, embedding, when, null, Map.of(), Map.of(), Map.of());
    }
}
