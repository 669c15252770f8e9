package dev.storyline.domain;

import java.util.Map;

/** What produced an output: the engine version, a fingerprint of the settings, and the models used. */
public record Provenance(String version, String settingsFingerprint, Map<String, String> models) {
    public Provenance {
        // insertion order, not Map.copyOf's per-JVM order: provenance is printed and compared
        models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    }
}
