package dev.storyline.facts;

/**
 * @param attributionModel a model file written by {@code storyline train attribution}; when set, attributions come
 *                         from {@link AttributionTagger} (which still uses the rules as evidence and for relay
 *                         chains); null for the rules alone
 * @param entityModel      the id of a {@link NameTagger} on the classpath ("corenlp", from the optional module
 *                         {@code storyline-ner-corenlp}) that finds the names {@link EntityRecognizer} types and
 *                         links; null for the capitalisation rules alone
 */
public record FactSettings(String attributionModel, String entityModel) {
    public static final FactSettings DEFAULTS = new FactSettings(null, null);

    public FactSettings {
        if (attributionModel != null && attributionModel.isBlank()) attributionModel = null;
        if (entityModel != null && entityModel.isBlank()) entityModel = null;
    }

    /** The rules for entities, with this attribution model (null for the rules). */
    public FactSettings(String attributionModel) {
        this(attributionModel, null);
    }

    public FactSettings withEntityModel(String id) {
        return new FactSettings(attributionModel, id);
    }
}
