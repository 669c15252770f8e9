package dev.storyline.ner.corenlp;

import dev.storyline.domain.EntityType;
import dev.storyline.facts.NameTagger;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stanford CoreNLP's English CRF name tagger (english.all.3class.distsim: people, organisations and places, trained
 * by Stanford on CoNLL 2003, MUC 6 and 7, ACE and more), as a {@link NameTagger}. Chosen over the CoNLL 4-class model
 * on MEANTIME dev (typed strict F1 62.3 against 58.8, the tagger alone; docs/FACTS.md); it has no MISC type, which
 * Storyline has no use for. The model loads on first use (about 2 s, 130 MB of heap) and tags a 24-word sentence in
 * about 0.6 ms, some 20 ms for an article of 30 sentences, where the rules take about 0.5 ms. Thread-safe:
 * CoreNLP's classifier keeps no state between calls.
 */
public final class CoreNlpNameTagger implements NameTagger {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final Map<String, EntityType> TYPES = Map.of("PERSON", EntityType.PERSON, "ORGANIZATION", EntityType.ORGANIZATION,
            "LOCATION", EntityType.LOCATION);

    private static final class Holder {
        static final CRFClassifier<CoreLabel> CLASSIFIER = load();

        private static CRFClassifier<CoreLabel> load() {
            try {
                return CRFClassifier.getClassifier(MODEL);
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load CoreNLP's " + MODEL + " from the classpath (stanford-corenlp models jar)", e);
            }
        }
    }

    @Override
    public String id() {
        return "corenlp";
    }

    @Override
    public String description() {
        return "Stanford CoreNLP 4.5.10 CRF english.all.3class.distsim (GPL-3.0-or-later, optional module storyline-ner-corenlp)";
    }

    @Override
    public List<Name> names(String sentence) {
        List<Name> out = new ArrayList<>();
        for (Triple<String, Integer, Integer> t : Holder.CLASSIFIER.classifyToCharacterOffsets(sentence)) {
            EntityType type = TYPES.get(t.first());
            if (type != null && t.second() < t.third()) out.add(new Name(t.second(), t.third(), type));
        }
        return out;
    }
}
