package dev.storyline.facts;

import dev.storyline.Storyline;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.EntityType;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.storyline.facts.FactsTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The entity stage with a learned tagger plugged in, on a fake one that tags the words it was given. */
class NameTaggerTest {
    /** Tags each listed name wherever it occurs, with its type; a longer name wins over one inside it. */
    record FakeTagger(List<String> names, List<EntityType> types) implements NameTagger {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String description() {
            return "a fake tagger";
        }

        @Override
        public List<Name> names(String sentence) {
            List<Name> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(names.get(i)) + "\\b").matcher(sentence);
                while (m.find()) out.add(new Name(m.start(), m.end(), types.get(i)));
            }
            // longest first, then no overlaps: a tagger's names never overlap
            out.sort(java.util.Comparator.comparingInt((Name n) -> n.start() - n.end()));
            List<Name> kept = new ArrayList<>();
            for (Name n : out) if (kept.stream().noneMatch(k -> k.start() < n.end() && n.start() < k.end())) kept.add(n);
            kept.sort(java.util.Comparator.comparingInt(Name::start));
            return kept;
        }
    }

    @Test
    void theTaggersNamesAreTypedAndLinkedAndTheRulesStillFindGroups() {
        EntityRecognizer recognizer = new EntityRecognizer(new FakeTagger(
                List.of("Qassem Soleimani", "Soleimani", "Aleppo", "Hezbollah"), List.of(EntityType.PERSON, EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)));
        List<EntityMention> found = recognizer.extract(article(
                "Gen. Qassem Soleimani reached Aleppo with Iraqi fighters. Soleimani met Hezbollah there.", null));
        assertThat(found).extracting(e -> e.span().text(), EntityMention::type, EntityMention::canonical).containsExactly(
                tuple("Qassem Soleimani", EntityType.PERSON, "Qassem Soleimani"),
                tuple("Aleppo", EntityType.LOCATION, "Aleppo"),
                tuple("Iraqi", EntityType.GROUP, "Iraqi"),
                tuple("Soleimani", EntityType.PERSON, "Qassem Soleimani"),
                tuple("Hezbollah", EntityType.ORGANIZATION, "Hezbollah"));
        // what the rules alone would add and the tagger did not name is not there: "Gen." typed nothing here
        assertThat(found).extracting(EntityMention::rule).containsOnly(EntityRecognizer.RULE);
    }

    @Test
    void aTaggerNamedInTheSettingsButNotOnTheClasspathIsAClearError() {
        assertThatThrownBy(() -> FactExtractor.standard(FactSettings.DEFAULTS.withEntityModel("corenlp")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entity model corenlp is not on the classpath")
                .hasMessageContaining("-Pcorenlp");
        assertThat(NameTagger.find("corenlp")).isEmpty();
    }

    @Test
    void theRulesAreTheDefaultAndProvenanceNamesNoTaggerThen() {
        assertThat(FactSettings.DEFAULTS.entityModel()).isNull();
        assertThat(new FactSettings(null, " ").entityModel()).isNull();
        assertThat(new Storyline(Settings.DEFAULTS).provenance().models()).doesNotContainKey("entities");
    }
}
