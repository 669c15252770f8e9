package dev.storyline.domain;

import java.util.Map;

/** What produced an output: the engine version, a fingerprint of the settings, and the models used. */
public record Provenance(String version, String settingsFingerprint, Map<String, String> models) {
    public Provenance {
        models = Map.copyOf(models);
    }
}
