package dev.storyline.eval.summarization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RougeCheckTest {
    @Test
    void oneLineFilesAreSplitBackAtSentenceEndsButNotAtAbbreviations() {
        assertThat(RougeCheck.asScored("U.N. Secretary-General Kofi Annan left. He met Gen. Smith on Dec. 17. \"It went well,\" he said."))
                .isEqualTo("U.N. Secretary-General Kofi Annan left.\nHe met Gen. Smith on Dec. 17.\n\"It went well,\" he said.");
    }

    @Test
    void filesAlreadyOneSentenceALineAreLeftAlone() {
        String text = "First sentence. Still the first line.\nSecond line.\n";
        assertThat(RougeCheck.asScored(text)).isEqualTo(text);
    }

    @Test
    void theByteLimitCountsLinesWithoutTheirBreaks() {
        Rouge rouge = new Rouge(java.util.Map.of(), new Rouge.Options(0, 10, false));
        // "aaaa bbbb" (9) then "cc dd" is cut after one byte: the break between the lines is not counted
        assertThat(rouge.tokens("aaaa bbbb\ncc dd")).containsExactly("aaaa", "bbbb", "c");
    }
}
