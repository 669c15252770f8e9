package dev.storyline.domain;

import java.util.List;

/**
 * A fact of a story, aligned across its articles.
 *
 * @param id                   stable within the story
 * @param kind                 "quantity" or "statement"
 * @param text                 a readable form, taken from the earliest supporting sentence
 * @param value                the value ("7000" for a quantity, the quoted content for a statement)
 * @param slot                 what the value is about ("fighter" for a count of fighters), used to find variants
 * @param supportingArticleIds articles that carry the claim
 * @param origins              independent origins among them
 * @param variants             ids of claims that fill the same slot with another value from other origins
 * @param evidence             every span that supports it, with the rule that found it
 * @param singleUnnamedSource  true when the only support is one unnamed source
 */
public record Claim(String id, String kind, String text, String value, String slot,
                    List<String> supportingArticleIds, List<Origin> origins, List<String> variants,
                    List<Evidence> evidence, boolean singleUnnamedSource) {
    public Claim {
        supportingArticleIds = List.copyOf(supportingArticleIds);
        origins = List.copyOf(origins);
        variants = List.copyOf(variants);
        evidence = List.copyOf(evidence);
    }

    /**
     * The claim as a reader would write it: a figure in its page's own words ("About 3,000 residents", "a 200,000
     * crown mortgage"), a statement as said. Shown by CLI, export and UI alike; derived, so never stored.
     */
    public String label() {
        if (kind.equals("quantity") && !evidence.isEmpty()) return evidence.get(0).span().text();
        return kind.equals("quantity") ? value + " " + slot : text;
    }

    /** A supporting span and the rule or model that produced it. */
    public record Evidence(Span span, String rule) {}
}
