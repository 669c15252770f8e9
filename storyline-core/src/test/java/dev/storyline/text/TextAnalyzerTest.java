package dev.storyline.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = TextAnalyzer.standard();

    static Article article(String text) {
        return new Article("a1", "test", null, "Fighters arrive in Damascus", null, null, null, List.of(), text, List.of(), "h");
    }

    /** Each sentence's offsets cut exactly its text out of the article's: citations rely on it. */
    static void assertOffsetsExact(String text, AnalyzedArticle a) {
        for (Sentence s : a.sentences()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void splitsSentencesWithExactOffsets() {
        String text = "Around 7,000 fighters have arrived in Damascus. The goal is to reach 10,000 men, the source said.\n\n"
                + "Regime forces lost Jisr al-Shughur on 25 April.";
        AnalyzedArticle a = analyzer.analyze(article(text));
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
                "Around 7,000 fighters have arrived in Damascus.",
                "The goal is to reach 10,000 men, the source said.",
                "Regime forces lost Jisr al-Shughur on 25 April.");
        assertOffsetsExact(text, a);
        assertThat(a.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void doesNotSplitAbbreviationsOrCrossLines() {
        String text = "Maj. Gen. Qassem Soleimani arrived in Syria.\nA caption line without a stop";
        AnalyzedArticle a = analyzer.analyze(article(text));
        assertThat(a.sentences()).extracting(Sentence::text)
                .containsExactly("Maj. Gen. Qassem Soleimani arrived in Syria.", "A caption line without a stop");
    }

    @Test
    void aPieceThatBeginsInLowerCaseIsNoSentence() {
        String text = "Sen. Jack Reed, D-R.I. on Friday endorsed Vice President Al Gore. He said so in the U.S. Senate.";
        assertThat(analyzer.analyze(article(text)).sentences()).extracting(Sentence::text).containsExactly(
                "Sen. Jack Reed, D-R.I. on Friday endorsed Vice President Al Gore.", "He said so in the U.S. Senate.");
        assertThat(StandardTextAnalyzer.startsInLowerCase("“and then")).isTrue();
        assertThat(StandardTextAnalyzer.startsInLowerCase("On Friday")).isFalse();
        assertThat(StandardTextAnalyzer.startsInLowerCase("2015 was")).isFalse();
    }

    @Test
    void splitsChineseAndJapaneseAtTheirFullStops() {
        String text = "青河市昨日发生洪水，三座桥梁被冲毁。市政府说：“救援队已经出发！”居民暂时安全？\n"
                + "山田市で大雨が降った。 市は避難所を開いた。";
        AnalyzedArticle a = analyzer.analyze(article(text));
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
                "青河市昨日发生洪水，三座桥梁被冲毁。", "市政府说：“救援队已经出发！”", "居民暂时安全？",
                "山田市で大雨が降った。", "市は避難所を開いた。");
        assertOffsetsExact(text, a);
    }

    @Test
    void termsAreStemmedLowerCasedWithoutStopWords() {
        assertThat(Terms.of("The fighters have arrived in Damascus")).containsExactly("fighter", "have", "arriv", "damascu");
        assertThat(analyzer.analyze(article("x")).titleTerms()).containsExactly("fighter", "arriv", "damascu");
    }

    @Test
    void chineseJapaneseAndKoreanTermsAreCharacterBigrams() {
        assertThat(Terms.of("青河大桥坍塌")).containsExactly("青河", "河大", "大桥", "桥坍", "坍塌");
        // a run ends at punctuation and at Latin text, which keeps its English terms
        assertThat(Terms.of("WHO代表抵达青河。")).containsExactly("who", "代表", "表抵", "抵达", "达青", "青河");
        assertThat(Terms.of("市は避難所")).containsExactly("市は", "は避", "避難", "難所");
    }

    @Test
    void sameResultOnManyThreads() throws Exception {
        String text = "One sentence here. Another one there! A third? Yes.\nNew line, new sentence.";
        AnalyzedArticle expected = analyzer.analyze(article(text));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedArticle>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> analyzer.analyze(article(text)))).toList();
            for (Future<AnalyzedArticle> f : results) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(analyzer.analyze(article("")).sentences()).isEmpty();
        assertThat(analyzer.analyze(article("  \n\n ")).sentences()).isEmpty();
    }
}
