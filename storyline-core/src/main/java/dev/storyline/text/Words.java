package dev.storyline.text;

/**
 * How many words a text has, for the limits and budgets set in words. Chinese and Japanese put no space between
 * words, so a count of whitespace-separated pieces made any of their sentences one word long: never extractable,
 * and free under a word budget. Their characters are counted instead, at {@link #CHARS_PER_WORD} a word. Korean
 * spaces its words and is counted as English is. Here beside the terms rather than in a stage, since every stage
 * that sets a limit in words (a summary's sentences and budget, a claim's shortest statement) must count alike.
 */
public final class Words {
    private Words() {}

    /**
     * Segmented Chinese news text averages about 1.6 to 1.7 characters a word, and Japanese comes close once its
     * one-kana particles count as words; so a sentence has about as many words as its translation, and the English
     * limits (6 to 60 words, 100 in a summary) hold for it. Not the count of analysed terms: the standard tokenizer
     * makes one term of each ideograph and kana, which would count characters, and a 60-character Chinese sentence
     * is an ordinary one.
     */
    public static final double CHARS_PER_WORD = 1.7;

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /**
     * A word with case and accents folded away ("Février", "FEVRIER" and "février" are "fevrier"), as the readers of
     * other languages' month names, weekdays and counted nouns compare them: pages write accents or drop them.
     */
    public static String folded(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return MARKS.matcher(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The text cut at runs of white space, exactly as {@code text.split("\\s+")}, which compiles its pattern on
     * every call: the stages ask this of every sentence and every speaker phrase.
     */
    public static String[] pieces(String text) {
        return SPACES.split(text);
    }

    public static int count(String text) {
        // the same count as ever where there is no unspaced script, which keeps every English result as it was
        if (text.codePoints().noneMatch(Words::unspaced)) return pieces(text).length;
        int words = 0;
        int chars = 0;
        for (String piece : pieces(text)) {
            boolean inRun = false; // a run of other letters or digits inside the piece, "3" and "16" of "3月16日"
            for (int i = 0; i < piece.length(); ) {
                int cp = piece.codePointAt(i);
                i += Character.charCount(cp);
                if (unspaced(cp)) {
                    chars++;
                    inRun = false;
                } else if (Character.isLetterOrDigit(cp)) {
                    if (!inRun) words++;
                    inRun = true;
                } else {
                    inRun = false;
                }
            }
        }
        return words + Math.max(1, (int) Math.round(chars / CHARS_PER_WORD));
    }

    /** Of a script written without spaces between words: Chinese ideographs and Japanese kana. */
    public static boolean unspaced(int codePoint) {
        if (codePoint < 0x2E80) return false; // below the CJK blocks: every character of English text stops here
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        // the long-vowel mark "ー" of katakana words is of no script
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || codePoint == 0x30FC;
    }
}
