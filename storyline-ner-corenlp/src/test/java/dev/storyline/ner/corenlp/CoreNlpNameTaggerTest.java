package dev.storyline.ner.corenlp;

import dev.storyline.domain.Article;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.EntityType;
import dev.storyline.facts.FactExtractor;
import dev.storyline.facts.FactSettings;
import dev.storyline.facts.NameTagger;
import dev.storyline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CoreNlpNameTaggerTest {
    @Test
    void findsPeopleOrganisationsAndPlacesWithTheirOffsets() {
        String sentence = "Qassem Soleimani met officials of the United Nations in Damascus on Tuesday.";
        assertThat(new CoreNlpNameTagger().names(sentence))
                .extracting(n -> sentence.substring(n.start(), n.end()), NameTagger.Name::type)
                .containsExactly(tuple("Qassem Soleimani", EntityType.PERSON), tuple("United Nations", EntityType.ORGANIZATION),
                        tuple("Damascus", EntityType.LOCATION));
    }

    @Test
    void isFoundByItsIdAndTheEntityStageUsesItWithItsLinkingAndGroups() {
        assertThat(NameTagger.find("corenlp")).get().isInstanceOf(CoreNlpNameTagger.class);
        Article a = new Article("a", "test", null, "T", null, null, null, List.of(),
                "Maj. Gen. Qassem Soleimani arrived in Aleppo with Iraqi fighters. Soleimani said the siege would end.",
                List.of(), "h");
        List<EntityMention> entities = FactExtractor.standard(FactSettings.DEFAULTS.withEntityModel("corenlp"))
                .extract(TextAnalyzer.standard().analyze(a)).entities();
        assertThat(entities).extracting(e -> e.span().text(), EntityMention::type, EntityMention::canonical).containsExactly(
                tuple("Qassem Soleimani", EntityType.PERSON, "Qassem Soleimani"),
                tuple("Aleppo", EntityType.LOCATION, "Aleppo"),
                tuple("Iraqi", EntityType.GROUP, "Iraqi"),
                tuple("Soleimani", EntityType.PERSON, "Qassem Soleimani"));
    }
}
