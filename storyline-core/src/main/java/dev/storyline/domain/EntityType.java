package dev.storyline.domain;

/** What a named entity is; its JSON is the constant's name ("PERSON"), as the strings it replaces were. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Nationalities, religious and political groups ("Iraqi", "Shiite"). */
    GROUP
}
