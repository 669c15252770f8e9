package dev.storyline.facts;

/**
 * @param attributionModel a model file written by {@code storyline train attribution}; when set, attributions come
 *                         from {@link AttributionTagger} (which still uses the rules as evidence and for relay
 *                         chains); null for the rules alone
 */
public record FactSettings(String attributionModel) {
    public static final FactSettings DEFAULTS = new FactSettings(null);

    public FactSettings {
        if (attributionModel != null && attributionModel.isBlank()) attributionModel = null;
    }
}
