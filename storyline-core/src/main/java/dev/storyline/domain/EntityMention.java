package dev.storyline.domain;

/**
 * A named entity mention.
 *
 * @param span      where it is
 * @param type      person, organisation, place or group (nationalities, religious and political groups)
 * @param canonical the name it links to within the story ("Qassem Soleimani" for "Soleimani")
 * @param rule      the model or rule that found it
 */
public record EntityMention(Span span, EntityType type, String canonical, String rule) {}
