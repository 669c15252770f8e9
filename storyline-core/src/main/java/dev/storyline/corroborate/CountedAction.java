package dev.storyline.corroborate;

import dev.storyline.text.Words;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happened to the people a figure counts: killed, injured, evacuated, rescued, arrested, missing. Two figures
 * of "people" are one count reported differently only when the same thing happened to them: 14 injured against
 * the hospital's 22 treated is a disagreement, the nine pulled from the water is another count.
 */
enum CountedAction {
    KILLED("kill|killed|killing|dead|died|die|deaths?|death toll|toll|lives|fatalit(?:y|ies)|bodies"
            // the words French, German, Spanish, Italian, Portuguese and Russian reports use beside the figure
            + "|morts?|tués?|tuées?|décès|victimes|tote|toten|todesopfer|getötet|ums leben|muertos|fallecidos|murieron"
            + "|morti|morirono|mortos|morreram|погибл\\p{L}*|убит\\p{L}*|жертв\\p{L}*"),
    INJURED("injur\\w*|hurt|wounded|wounding|treated|hospitali[sz]ed"
            + "|blessés?|blessées?|verletzte?n?|verwundete?n?|heridos|feriti|feridos|ранен\\p{L}*|пострадавш\\p{L}*"),
    EVACUATED("evacuat\\w*|leave their homes|left their homes|fled|flee(?:ing)?|displaced|homeless"),
    RESCUED("rescued|rescuing|pulled|saved|freed|found alive|brought out"),
    ARRESTED("arrest\\w*|detain\\w*|in custody"),
    MISSING("missing|unaccounted");

    /** How many words either side of the figure are read for what happened. */
    static final int WORDS_BEFORE = 5;
    static final int WORDS_AFTER = 8;

    private final Pattern words;

    CountedAction(String words) {
        // boundaries by letters, not \\b, which takes "é" and Cyrillic for non-word characters
        this.words = Pattern.compile("(?<!\\p{L})(?:" + words + ")(?!\\p{L})", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /**
     * The action nearest the figure at {@code start}..{@code end} of the sentence, within a few words; null when
     * the sentence names none.
     */
    static CountedAction near(String sentence, int start, int end) {
        String before = lastWords(sentence.substring(0, Math.max(0, Math.min(start, sentence.length()))), WORDS_BEFORE);
        String after = firstWords(sentence.substring(Math.min(end, sentence.length())), WORDS_AFTER);
        CountedAction best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CountedAction a : values()) {
            Matcher m = a.words.matcher(before);
            while (m.find()) {
                int d = before.length() - m.end();
                if (d < bestDistance) { bestDistance = d; best = a; }
            }
            m = a.words.matcher(after);
            if (m.find() && m.start() < bestDistance) {
                bestDistance = m.start();
                best = a;
            }
        }
        return best;
    }

    private static String lastWords(String text, int n) {
        String[] w = Words.pieces(text.toLowerCase(Locale.ROOT).strip());
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    private static String firstWords(String text, int n) {
        String[] w = Words.pieces(text.toLowerCase(Locale.ROOT).strip());
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
    }
}
