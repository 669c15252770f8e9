package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The names and numbers that carry across languages, on text written for the tests. */
class AnchorsTest {
    @Test
    void numbersAreOneSpellingHoweverTheyAreGrouped() {
        assertThat(Anchors.number("7,000")).isEqualTo("7000");
        assertThat(Anchors.number("7.000")).isEqualTo("7000");
        assertThat(Anchors.number("7 000")).isEqualTo("7000");
        assertThat(Anchors.number("7,8")).isEqualTo("7.8");
        assertThat(Anchors.number("16.5")).isEqualTo("16.5");
        assertThat(Anchors.number("٢٠١٥")).isEqualTo("2015");
        assertThat(Anchors.number("۷۷۷")).isEqualTo("777");
        // a lone digit tells no event from another
        assertThat(Anchors.number("3")).isNull();
    }

    @Test
    void aNameIsItsLatinLettersAndAConsonantKeyThatSurvivesTransliteration() {
        assertThat(Anchors.latin("Beyrouth")).isEqualTo("beyrouth");
        assertThat(Anchors.latin("İzmir")).isEqualTo("izmir");
        assertThat(Anchors.key(Anchors.latin("Macron"))).isEqualTo(Anchors.key(Anchors.latin("Макрон"))).isEqualTo("mkrn");
        assertThat(Anchors.key(Anchors.latin("Trump"))).isEqualTo(Anchors.key(Anchors.latin("Трамп")));
        assertThat(Anchors.key("beirut")).isEqualTo(Anchors.key("bejrut"));
    }

    @Test
    void aTextsAnchorsAreItsCapitalisedWordsAndNumbers() {
        Map<String, Double> tf = new HashMap<>();
        Anchors.add("Le maire de Lyon a compté 1.400 visiteurs", 1.0, tf);
        // "Le" is a function word; "Lyon" too short a key ("ln") to tell names apart across scripts
        assertThat(tf).containsOnlyKeys("=lyon", "#1400");
    }

    @Test
    void aWordTheArticleAlsoWritesInLowerCaseOrOnlyAtASentencesStartIsNoName() {
        String body = "President Dupont opened the bridge. The president spoke in Lyon. Yesterday Lyon cheered.";
        Article a = new Article("a", "a", null, "Bridge Opened In Lyon", null, null, null, List.of(), body, List.of(), "a");
        List<Sentence> sentences = List.of(new Sentence("a", 0, 0, 34, "President Dupont opened the bridge.", List.of()),
                new Sentence("a", 1, 35, 62, "The president spoke in Lyon.", List.of()),
                new Sentence("a", 2, 63, 86, "Yesterday Lyon cheered.", List.of()));
        Map<String, Double> tf = Anchors.of(new AnalyzedArticle(a, List.of(), sentences));
        // "President" is written "president" too; "Yesterday" only opens a sentence; "Bridge" is "bridge" in the body
        assertThat(tf).containsKeys("=dupont", "=lyon").doesNotContainKeys("=president", "=yesterday", "=bridge", "=opened");
        // the title counts twice: "Lyon" there and in two sentences
        assertThat(tf.get("=lyon")).isEqualTo(4.0);
    }

    @Test
    void inACaselessScriptAWordTheDictionaryDoesNotKnowIsANameByItsConsonants() {
        String body = "قال أولاند إن الهجمات في باريس قتلوا";
        Article a = new Article("a", "a", null, null, null, null, null, List.of(), body, List.of(), "a", null, "ar");
        AnalyzedArticle article = new AnalyzedArticle(a, List.of(), List.of(new Sentence("a", 0, 0, body.length(), body, List.of())));
        // the dictionary knows "قال" (said) and "قتلوا" (killed); "الهجمات" has the definite article: no names
        java.util.Set<String> known = java.util.Set.of("قال", "قتلوا");
        Map<String, Double> tf = Anchors.of(article, known::contains);
        assertThat(tf).containsOnlyKeys("~lnd", "~prs");
        assertThat(Anchors.key(Anchors.latin("Hollande"))).isEqualTo("lnd");
        assertThat(Anchors.key(Anchors.latin("Paris"))).isEqualTo("prs");
        // without a reading of its words, a caseless script gives no names
        assertThat(Anchors.of(article)).isEmpty();
    }

    @Test
    void aKoreanNounLosesItsParticleBeforeItsKeyIsTaken() {
        String body = "트럼프가 싱가포르에서 만났다";
        Article a = new Article("a", "a", null, null, null, null, null, List.of(), body, List.of(), "a", null, "ko");
        AnalyzedArticle article = new AnalyzedArticle(a, List.of(), List.of(new Sentence("a", 0, 0, body.length(), body, List.of())));
        Map<String, Double> tf = Anchors.of(article, word -> false);
        assertThat(tf).containsKeys("~" + Anchors.key(Anchors.latin("Trump")), "~" + Anchors.key(Anchors.latin("Singapore")));
    }
}
