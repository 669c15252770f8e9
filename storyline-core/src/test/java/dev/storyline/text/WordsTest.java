package dev.storyline.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    @Test
    void englishIsCountedByWhitespaceAsBefore() {
        String s = "The Bureau of Indian Affairs estimates that half the population lives in poverty.";
        assertThat(Words.count(s)).isEqualTo(s.split("\\s+").length).isEqualTo(13);
        assertThat(Words.count("DENVER (AP) -- A 10,000-acre fire burned.")).isEqualTo(7);
    }

    @Test
    void aJapaneseSentenceIsCountedByItsCharacters() {
        // 山田市/で/昨日/大雨/が/降り/川/が/氾濫/し/た: 17 kana and ideographs, about 10 words at 1.7 a word
        assertThat(Words.count("山田市で昨日大雨が降り、川が氾濫した。")).isEqualTo(10);
        // コンピューター/が/壊れ/た: the long-vowel marks count as characters, and a long loanword counts high (11 for 6)
        assertThat(Words.count("コンピューターが壊れた。")).isEqualTo(6);
    }

    @Test
    void aChineseSentenceIsCountedByItsCharactersAndItsDigitsAndLatinWordsByRuns() {
        // 青河市/昨日/发生/洪水/三/座/桥梁/被/冲毁: 16 ideographs, 9 words
        assertThat(Words.count("青河市昨日发生洪水，三座桥梁被冲毁。")).isEqualTo(9);
        // "WHO", "3" and "16" are a word each; 9 ideographs are 5
        assertThat(Words.count("WHO代表3月16日抵达青河市。")).isEqualTo(3 + 5);
    }

    @Test
    void koreanIsSpacedAndCountedByWhitespace() {
        assertThat(Words.count("청하시에서 어제 홍수가 발생했다.")).isEqualTo(4);
    }

    @Test
    void piecesAreWhatSplittingAtWhiteSpaceGives() {
        for (String text : new String[]{"", " ", "a", "  lead b\tc\n", "one  two ", "\u00a0x y"}) {
            assertThat(Words.pieces(text)).containsExactly(text.split("\\s+"));
        }
    }
}
