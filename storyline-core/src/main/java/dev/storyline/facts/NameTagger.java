package dev.storyline.facts;

import dev.storyline.domain.EntityType;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A learned named-entity tagger that {@link EntityRecognizer} can use instead of its capitalisation rules, for
 * the sentences of languages written with capitals. Storyline ships none in its core: the one strong tagger that
 * can be had here (Stanford CoreNLP's CRF) is GPL-licensed, so it lives in the optional module
 * {@code storyline-ner-corenlp}, found through {@link ServiceLoader} when it is on the classpath and named in
 * {@link FactSettings#entityModel()}. Implementations are thread-safe.
 */
public interface NameTagger {
    /** A name in a sentence: offsets into the sentence's text (end exclusive), and what it names. */
    record Name(int start, int end, EntityType type) {}

    /** What {@link FactSettings#entityModel()} calls it: "corenlp". */
    String id();

    /** The model and library, for the provenance of every output it shaped. */
    String description();

    /** The names in one sentence, in order, not overlapping. */
    List<Name> names(String sentence);

    /** The tagger of that id on the classpath, if any. */
    static Optional<NameTagger> find(String id) {
        for (NameTagger t : ServiceLoader.load(NameTagger.class)) {
            if (t.id().equals(id)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
