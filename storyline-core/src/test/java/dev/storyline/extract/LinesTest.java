package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinesTest {
    @Test
    void countsWordsAsAReaderDoes() {
        assertEquals(0, Lines.words(""));
        assertEquals(0, Lines.words(" -- ... '’ "));
        assertEquals(3, Lines.words("U.S. officials don't"));
        assertEquals(2, Lines.words("al-Assad's forces"));
        assertEquals(2, Lines.words("-b a-"));
        assertEquals(3, Lines.words("7,000 fighters"));
        assertEquals(2, Lines.words("Ⅻ ²"));
        // two CJK characters are one word, and a CJK character ends a Latin word
        assertEquals(1, Lines.words("东京都"));
        assertEquals(2, Lines.words("东京都庁"));
        assertEquals(3, Lines.words("Sony东京abc"));
        assertEquals(2, Lines.words("서울 시장"));
    }

    /** The one-pass count is the count the regular expressions it replaced gave, on any mix of scripts and marks. */
    @Test
    void countsAsTheRegularExpressionsDid() {
        Pattern cjk = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
        Pattern word = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
        String alphabet = "aZé9 ',.-’—\t東ひカ한ᄀ٣ⅫФ😀\u0301";
        Random random = new Random(42);
        for (int t = 0; t < 5_000; t++) {
            String line = randomLine(random, alphabet, 12);
            int chars = 0;
            for (var m = cjk.matcher(line); m.find(); ) chars++;
            int words = 0;
            for (var m = word.matcher(chars == 0 ? line : cjk.matcher(line).replaceAll(" ")); m.find(); ) words++;
            assertEquals(words + chars / 2, Lines.words(line), line);
        }
    }

    @Test
    void normalisesAsTheRegularExpressionDid() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        agreeOnRandomLines("aZé9 ',.-’—\t東ひカ한ᄀ٣ⅫФİ😀\u0301\u00A0", 43, 12,
                line -> notWord.matcher(line.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip(), Lines::normalise);
    }

    @Test
    void findsSentenceEndsAsTheRegularExpressionDid() {
        Pattern end = Pattern.compile("[.!?…。！？][\"'”’)\\]」』）]*$|[\"”’」』]$");
        agreeOnRandomLines("a. !?…。\"'”’)]」』）x ", 44, 8, line -> end.matcher(line.strip()).find(), Lines::endsSentence);
    }

    /** The old expression and the hand-written reader give the same answer on 5,000 random lines. */
    private static void agreeOnRandomLines(String alphabet, long seed, int max, java.util.function.Function<String, Object> expected,
                                           java.util.function.Function<String, Object> actual) {
        Random random = new Random(seed);
        for (int t = 0; t < 5_000; t++) {
            String line = randomLine(random, alphabet, max);
            assertEquals(expected.apply(line), actual.apply(line), line);
        }
    }

    /** Up to {@code max - 1} code points drawn from the alphabet. */
    private static String randomLine(Random random, String alphabet, int max) {
        StringBuilder s = new StringBuilder();
        int points = alphabet.codePointCount(0, alphabet.length());
        for (int i = random.nextInt(max); i > 0; i--) s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(points))));
        return s.toString();
    }
}
