package dev.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptCoverageTest {
    /** A sentence of article {@code article}. */
    record S(int article, String text) {
        List<String> words() { return ConceptTerms.words(text); }
        int length() { return text.split(" ").length; }
    }

    static List<S> order(List<S> sentences, int articles, List<S> fallback) {
        return ConceptCoverage.order(sentences, articles, S::article, S::words, S::length, fallback, 100, Set.of(), 1, s -> true, List.of());
    }

    /** The order over a story of three articles, no fallback, with a focus, a summary's intake and what was read. */
    static List<S> order(List<S> sentences, Set<String> focus, double focusWeight, java.util.function.Predicate<S> take, List<S> known) {
        return ConceptCoverage.order(sentences, 3, S::article, S::words, S::length, List.of(), 100, focus, focusWeight, take, known);
    }

    @Test
    void sharedConceptsComeFirstAndACoveredConceptAddsNothingTwice() {
        S dam = new S(0, "dam burst flooded valley");
        S damAgain = new S(1, "dam burst flooded valley");
        S mayor = new S(2, "mayor said dam burst");
        S rescue = new S(1, "rescue teams reached valley");
        S rescue2 = new S(2, "rescue teams reached town");
        S lone = new S(0, "weather improved later");
        List<S> all = List.of(lone, dam, damAgain, mayor, rescue, rescue2);
        // "dam burst" is in 3 articles, "burst flooded"/"flooded valley" in 2, "rescue teams"/"teams reached" in 2
        List<S> ordered = order(all, 3, List.of(lone, rescue2, rescue, mayor, damAgain, dam));
        assertThat(ordered.get(0)).isEqualTo(dam);
        // once dam's concepts are covered, its copy and the mayor's sentence add nothing: a rescue sentence is next
        // (4 of shared weight), and once it is taken the other rescue sentence adds nothing either
        assertThat(ordered.get(1)).isIn(rescue, rescue2);
        S otherRescue = ordered.get(1) == rescue ? rescue2 : rescue;
        // sentences adding no shared concept follow in the fallback order
        assertThat(ordered.subList(2, ordered.size())).containsExactly(lone, otherRescue, mayor, damAgain);
        assertThat(ordered).hasSize(all.size()).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheFirstPicksAreOrderedByCoverage() {
        S a = new S(0, "dam burst now");
        S b = new S(1, "dam burst today");
        S c = new S(1, "rescue teams came");
        S d = new S(2, "rescue teams left");
        List<S> ordered = ConceptCoverage.order(List.of(a, b, c, d), 3, S::article, S::words, S::length, List.of(d, c, b, a), 1,
                Set.of(), 1, s -> true, List.of());
        assertThat(ordered).containsExactly(a, d, c, b);
    }

    @Test
    void aStoryTooSmallToShareConceptsKeepsTheFallbackOrder() {
        S a = new S(0, "one two three");
        S b = new S(0, "four five six");
        assertThat(order(List.of(a, b), 1, List.of(b, a))).containsExactly(b, a);
    }

    @Test
    void aQueryTermMakesItsConceptsWeighMore() {
        S dam = new S(0, "dam burst flooded valley");
        S damAgain = new S(1, "dam burst flooded valley");
        S damThird = new S(2, "dam burst flooded valley");
        S rescue = new S(1, "rescue teams reached town");
        S rescue2 = new S(2, "rescue teams reached town");
        List<S> all = List.of(dam, damAgain, damThird, rescue, rescue2);
        // without a query the dam's concepts (3 articles each) come first; asked about rescue, the rescue's (2 x 3)
        assertThat(order(all, 3, List.of()).get(0)).isEqualTo(dam);
        assertThat(order(all, Set.of("rescu"), 3, s -> true, List.of()).get(0)).isEqualTo(rescue);
    }

    @Test
    void aSentenceTheSummaryTurnsDownCoversNothing() {
        S dam = new S(0, "dam burst flooded valley");
        S damAgain = new S(1, "dam burst flooded valley");
        S rescue = new S(1, "rescue teams reached town");
        S rescue2 = new S(2, "rescue teams reached town");
        // the summary refuses the first dam sentence (say, no room for it): the second still adds the dam's concepts
        List<S> ordered = order(List.of(dam, damAgain, rescue, rescue2), Set.of(), 1, s -> s != dam, List.of());
        assertThat(ordered.subList(0, 2)).containsExactlyInAnyOrder(damAgain, rescue);
    }

    @Test
    void whatTheReaderHasReadIsCoveredFromTheStart() {
        S dam = new S(1, "dam burst flooded valley");
        S damAgain = new S(2, "dam burst flooded valley");
        S rescue = new S(1, "rescue teams reached town");
        S rescue2 = new S(2, "rescue teams reached town");
        S read = new S(0, "dam burst flooded valley");
        List<S> all = List.of(dam, damAgain, rescue, rescue2);
        assertThat(order(all, 3, List.of()).get(0)).isEqualTo(dam);
        // a reader of the dam's burst is told of the rescue first
        assertThat(order(all, Set.of(), 1, s -> true, List.of(read)).get(0)).isIn(rescue, rescue2);
    }

    @Test
    void skipPairsSpanUpToFourWordsAndWeighLess() {
        assertThat(ConceptTerms.concepts("oil from the tanker spilled")).contains(
                "oil from", "tanker spill", "~oil the", "~oil tanker", "~oil spill", "~from tanker", "~the spill")
                .doesNotContain("~from spill x", "~the from");
        assertThat(ConceptTerms.concepts("a b c d e f g")).doesNotContain("~a g"); // stop word "a", but 5 words apart
        assertThat(ConceptTerms.kindWeight("~oil spill")).isLessThan(ConceptTerms.kindWeight("oil spill"));
    }

    @Test
    void conceptsKeepStopWordsInsideABigramButNotAPairOfThem() {
        assertThat(ConceptTerms.bigrams("The President of the United States said")).containsExactlyInAnyOrder(
                "the presid", "presid of", "the unit", "unit state", "state said");
    }

    @Test
    void englishWordsAreCutAtEverythingButLettersAndDigits() {
        // accented letters are letters: "señor" and "müller" stay whole (they were cut to "se or", "m ller")
        assertThat(ConceptTerms.words("DENVER (AP) -- The fire chief's 10,000-acre blaze: it's \"out\", Señor Müller said "
                + "of the U.S. lines.")).containsExactly("denver", "ap", "_the", "fire", "chief", "_s", "10", "000", "acr",
                "blaze", "_it", "_s", "_out", "señor", "müller", "_said", "_of", "_the", "u", "_s", "line");
    }

    @Test
    void otherAlphabetsKeepTheirWordsWhole() {
        // Russian and Korean: every word a word, lower-cased, no English stemming or stop words to apply
        assertThat(ConceptTerms.bigrams("Мэр Москвы закрыл мост.")).containsExactlyInAnyOrder(
                "мэр москвы", "москвы закрыл", "закрыл мост");
        assertThat(ConceptTerms.bigrams("시장은 오늘 다리를 폐쇄했다.")).containsExactlyInAnyOrder(
                "시장은 오늘", "오늘 다리를", "다리를 폐쇄했다");
        // a Hindi word keeps its vowel signs, which are combining marks rather than letters
        assertThat(ConceptTerms.words("हिन्दी समाचार")).containsExactly("हिन्दी", "समाचार");
    }

    @Test
    void russianSentencesSharingConceptsComeBeforeTheFallbackOrder() {
        S bridge = new S(0, "Мэр закрыл Северный мост");
        S bridgeAgain = new S(1, "Власти закрыли Северный мост после паводка");
        S school = new S(1, "Школы не работают");
        S lone = new S(0, "Синоптики ждут дождей");
        // "северный мост" is in both articles; before, a Russian sentence had no concepts and the fallback order stood
        assertSharedConceptsLeadTheFallbackOrder(bridge, bridgeAgain, school, lone);
    }

    @Test
    void aChineseRunGivesItsCharacterBigramsAsConcepts() {
        // 青河市/转移/居民: no spaces to find words by, so each character is a unit and its bigrams the concepts
        assertThat(ConceptTerms.bigrams("青河市转移居民。")).containsExactlyInAnyOrder(
                "青 河", "河 市", "市 转", "转 移", "移 居", "居 民");
        assertThat(ConceptTerms.concepts("青河市转移居民。")).contains("~青 转", "~河 居").doesNotContain("~青 民");
        // Latin words and numbers inside it stay words, and pair with the characters beside them
        assertThat(ConceptTerms.bigrams("WHO代表3月抵达")).containsExactlyInAnyOrder(
                "who 代", "代 表", "表 3", "3 月", "月 抵", "抵 达");
    }

    @Test
    void twoHiraganaAreNoConceptAsTwoStopWordsAreNone() {
        // 川/が/氾濫/した: "した" is a verb ending, as common to every Japanese sentence as "of the" to English ones
        assertThat(ConceptTerms.bigrams("川が氾濫した。")).containsExactlyInAnyOrder("川 が", "が 氾", "氾 濫", "濫 し");
        assertThat(ConceptTerms.contentWords("川が氾濫した。")).containsExactlyInAnyOrder("川", "氾", "濫");
    }

    @Test
    void chineseSentencesSharingConceptsComeBeforeTheFallbackOrder() {
        S flood = new S(0, "东门大桥桥面坍塌");
        S floodAgain = new S(1, "东门大桥部分桥面坍塌");
        S school = new S(1, "全市中小学停课");
        S lone = new S(0, "气象部门预计降雨");
        // the bridge's bigrams are in both articles; before, Chinese had no concepts and the fallback order stood
        assertSharedConceptsLeadTheFallbackOrder(flood, floodAgain, school, lone);
    }

    /**
     * Of two articles' sentences, the two that share a concept (one in each) lead: one of them first, then the rest in
     * the fallback order (lone, other, the shared one's twin), since the twin adds nothing new once the first is in.
     */
    private static void assertSharedConceptsLeadTheFallbackOrder(S shared, S sharedAgain, S other, S lone) {
        List<S> ordered = order(List.of(shared, sharedAgain, other, lone), 2, List.of(lone, other, sharedAgain, shared));
        assertThat(ordered.get(0)).isIn(shared, sharedAgain);
        assertThat(ordered.subList(1, ordered.size())).containsExactly(lone, other, ordered.get(0) == shared ? sharedAgain : shared);
    }
}
