package dev.storyline.facts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a rule took for a speaker: trimmed to the speaker, or refused when they name none (dev pages' shapes). */
class SpeakerPhraseTest {
    private static final Set<String> NAMES = Set.of("Erdogan", "Italy", "Russia");

    private static String speaker(String words) {
        return SpeakerPhrase.speaker(words, NAMES);
    }

    @Test
    void theSpeakerIsWhatFollowsATimeOrAConnective() {
        assertThat(speaker("Earlier on Wednesday President François Hollande")).isEqualTo("President François Hollande");
        assertThat(speaker("Last year researchers at the Large Hadron Collider")).isEqualTo("researchers at the Large Hadron Collider");
        assertThat(speaker("about which Dutch Prime Minister Mark Rutte")).isEqualTo("Dutch Prime Minister Mark Rutte");
        assertThat(speaker("Russia for its part")).isEqualTo("Russia");
        assertThat(speaker("data from a surveillance satellite which")).isEqualTo("data from a surveillance satellite");
        assertThat(speaker("On Wednesday evening an")).isNull();
        assertThat(speaker("Newt Gingrich cynically")).isEqualTo("Newt Gingrich");
        assertThat(speaker("I don’t")).isEqualTo("I"); // the story stage counts "I" as no one's
        assertThat(speaker("Mr. Trump has repeatedly")).isEqualTo("Mr. Trump");
        assertThat(speaker("Wells Fargo just this month")).isEqualTo("Wells Fargo");
        assertThat(speaker("Attorney General Eric Schneiderman isn't")).isEqualTo("Attorney General Eric Schneiderman");
        assertThat(speaker("the family")).isEqualTo("the family");
    }

    @Test
    void peopleBodiesMediaDocumentsAndNamesAreSpeakers() {
        for (String s : List.of("the union", "the regional farmers' union", "a Syrian security source", "AFP", "he", "We",
                "head of the operation, Narongsak Osottanakorn,", "adviser to Ukraine's Interior Minister", "Greek public television",
                "Official results", "Interfax reports", "CMS team", "Le Pen", "Erdogan", "Commuter Lidia Brandt",
                "police and medical officials", "the jury", "The New York businessman", "Connecticut’s tax commissioner",
                "Douglas Brinkley, a historian who attended the session,", "A Quinnipiac University poll released in late August",
                "Several former RT journalists", "The clip", "Americans", "an unnamed Syrian security sources", "the White House's public schedule", "calculations by the Valmora Savers Association", "a source close to the Assad regime", "officials familiar with the talks", "Syria’s state media")) {
            assertThat(speaker(s)).as(s).isNotNull();
        }
    }

    @Test
    void clauseWordsAndThingsAreNoSpeakers() {
        for (String s : List.of("Chauvin stands", "Among those", "As", "His sentencing", "Kim even", "Flames", "Everyone",
                "It fell far short of the pre-meeting expectations and", "with Kim Jong-un ended abruptly as the president",
                "using a ground-to-air missile and Ukraine's prime minister", "leaving Singapore with what he",
                "Meanwhile, the president blasted longtime fixer Michael Cohen,", "two men signed a joint statement that",
                "bitter contest pitting his pro-EU liberal platform against her", "quake", "rescue operation", "hostage taking",
                "death of a former Navy Seal last week", "complete analysis",
                "Vietnam summit ends abruptly as Kim REFUSES Trump’s denuclearization")) {
            assertThat(speaker(s)).as(s).isNull();
        }
    }

    @Test
    void aWordOpeningASentenceIsANameWhenItSpeaks() {
        assertThat(SpeakerPhrase.speaker("Musk", Set.of(), "says")).isEqualTo("Musk");
        assertThat(SpeakerPhrase.speaker("Reuters also", Set.of(), "reported")).isEqualTo("Reuters");
        assertThat(SpeakerPhrase.speaker("Flames", Set.of(), "continued")).isNull();
        // a video, like a document, is where a claim comes from ("Videos shared online showed ...")
        assertThat(SpeakerPhrase.speaker("Videos shared online", Set.of(), "showed")).isNotNull();
        assertThat(SpeakerPhrase.speaker("Flames", Set.of(), null)).isNull();
        assertThat(SpeakerPhrase.speaker("Witnesses who spoke to the BBC", Set.of(), "say")).isEqualTo("Witnesses who spoke to the BBC");
        assertThat(SpeakerPhrase.speaker("Greek television stations", Set.of(), "reported")).isNotNull();
    }

    @Test
    void aNameIsWhatTheTextWritesCapitalisedInsideASentence() {
        assertThat(SpeakerPhrase.namesIn(List.of("Flames rose as Erdogan spoke.", "The president met Italy’s envoy.")))
                .containsExactlyInAnyOrder("Erdogan", "Italy");
    }
}
