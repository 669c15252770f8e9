package dev.storyline.summarize;

import dev.storyline.text.Words;

import java.util.regex.Pattern;

/**
 * Whether a sentence can stand in a summary on its own: not too short or long, not opening with a reference to
 * something it does not say, and news prose rather than the wire's furniture or a fragment. News text carries
 * lines that are no news yet share words across many articles ("For Use By Clients of the New York Times News
 * Service", editors' phone numbers), quotations that lose their speaker and sense when lifted ("``I don't think
 * it's going to stop.''"), and pieces a sentence splitter cut at an initial ("... largest growers, A.R.").
 */
final class Extractable {
    private Extractable() {}

    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;
    /** Above this share of capitalised words a line is a title, byline or notice, not a sentence. */
    static final double MAX_CAPITALISED = 0.6;

    /** Opens with a quotation mark: a quotation, whose speaker and occasion are elsewhere. */
    private static final Pattern QUOTATION = Pattern.compile("^\\s*(?:``|''|\"|“|‘|'|「|『)");
    /**
     * Ends as a sentence does: a full stop (not after a lone initial), question or exclamation mark, closing marks
     * after; the ideographic and full-width ones of Chinese and Japanese too.
     */
    private static final Pattern ENDED = Pattern.compile("(?<!\\b[A-Z])[.!?。！？]['\"”’)」』）]*\\s*$");
    /** Contact details: a phone number, an e-mail address, a web address. */
    private static final Pattern CONTACT = Pattern.compile(
            "\\d{3}[-.) ]\\d{3,4}-\\d{4}|@\\S+\\.\\w|\\(at\\)|https?://|www\\.|\\.(?:com|org|htm)\\b");

    static boolean check(String text, Pattern dangling) {
        int words = Words.count(text);
        // cheapest first: every sentence of a story is checked
        return words >= MIN_WORDS && words <= MAX_WORDS && !dangling.matcher(text).find()
                && !QUOTATION.matcher(text).find() && ENDED.matcher(text).find() && !CONTACT.matcher(text).find()
                && capitalised(text) <= MAX_CAPITALISED && WellFormed.check(text);
    }

    /**
     * Share of the words (those with a letter) that start with a capital. A piece of Chinese or Japanese counts as
     * a word in lower case, whatever Latin letters open it: those scripts have no capitals to tell a title by, and
     * "WHO称…" is a sentence.
     */
    static double capitalised(String text) {
        int words = 0;
        int caps = 0;
        for (String w : Words.pieces(text)) {
            int i = 0;
            while (i < w.length() && !Character.isLetter(w.charAt(i))) i++;
            if (i == w.length()) continue;
            words++;
            if (w.codePoints().anyMatch(Words::unspaced)) continue;
            if (Character.isUpperCase(w.charAt(i))) caps++;
        }
        return words == 0 ? 1 : caps / (double) words;
    }
}
