package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document as trimmed, non-blank lines (one paragraph, heading or caption each), with the structural facts
 * cleaning rules ask about: where the article body starts and ends, and what the title is.
 */
public final class Lines {
    private final List<String> lines;
    private final List<String> normalised;
    /** Each line's word count, once: every cleaning rule asks it of every line, some several times. */
    private final int[] words;
    private final String title;
    private final String normalisedTitle;
    private final int firstBody;
    private final int lastBody;

    Lines(List<String> lines, String title) {
        this(List.copyOf(lines), lines.stream().map(Lines::normalise).toList(), lines.stream().mapToInt(Lines::words).toArray(),
                title == null ? "" : title, normalise(title == null ? "" : title));
    }

    private Lines(List<String> lines, List<String> normalised, int[] words, String title, String normalisedTitle) {
        this.lines = lines;
        this.normalised = normalised;
        this.words = words;
        this.title = title;
        this.normalisedTitle = normalisedTitle;
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isBodyParagraph(lines.get(i), words[i])) {
                if (first < 0) first = i;
                last = i;
            }
        }
        this.firstBody = first;
        this.lastBody = last;
    }

    /**
     * These lines but only those at {@code kept} (ascending), as the next cleaning pass reads them: where the body
     * starts and ends is found again, and each line's normal form and word count are carried over, not recounted.
     */
    Lines retain(List<Integer> kept) {
        List<String> l = new ArrayList<>(kept.size());
        List<String> n = new ArrayList<>(kept.size());
        int[] w = new int[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            l.add(lines.get(i));
            n.add(normalised.get(i));
            w[k] = words[i];
        }
        return new Lines(List.copyOf(l), List.copyOf(n), w, title, normalisedTitle);
    }

    public int size() { return lines.size(); }

    public String get(int i) { return lines.get(i); }

    public String title() { return title; }

    /** Line {@code i} normalised (computed once: rules compare lines with each other). */
    public String normalised(int i) { return normalised.get(i); }

    /** The title normalised as lines are. */
    public String normalisedTitle() { return normalisedTitle; }

    /** {@link #words(String)} of line {@code i}, counted once. */
    public int words(int i) { return words[i]; }

    /** Index of the first line that reads as article prose, or -1. */
    public int firstBody() { return firstBody; }

    /** Index of the last line that reads as article prose, or -1. */
    public int lastBody() { return lastBody; }

    /** Lines before the first prose paragraph: kickers, section labels, bylines, dates, captions. */
    public boolean inLeadingBlock(int i) { return firstBody < 0 || i < firstBody; }

    /** Lines after the last prose paragraph: related links, share bars, comment prompts. */
    public boolean inTrailingBlock(int i) { return lastBody >= 0 && i > lastBody; }

    /** A list item: wire copy's summary points stand above the lead ("* Russia disputes that ..."), not in its place. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[*•·▪]\\s");

    private static final int MIN_BODY_WORDS = 8;

    /** Article prose: several words and a sentence ending, not a summary point. */
    static boolean isBodyParagraph(String line) {
        return isBodyParagraph(line, words(line));
    }

    private static boolean isBodyParagraph(String line, int words) {
        return words >= MIN_BODY_WORDS && endsSentence(line) && !BULLET.matcher(line).find();
    }

    private static final String CLOSERS = "\"'”’)]」』）";
    private static final String STOPS = ".!?…。！？";
    private static final String CLOSING_QUOTES = "\"”’」』";

    /**
     * Whether the line ends a sentence: a full stop (or "!", "?", "…" and their CJK forms) followed only by closing
     * marks, or a closing quotation mark. This is the expression {@code [.!?…。！？]["'”’)\]」』）]*$|["”’」』]$} read
     * from the end of the line. Searching with the expression tried every position of every line; this reads the
     * last few characters.
     */
    static boolean endsSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) return false;
        if (CLOSING_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) return true;
        int i = s.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && STOPS.indexOf(s.charAt(i)) >= 0;
    }

    /**
     * Words as a reader would count them; two CJK characters count as one word (an English word carries about as
     * much). A word starts at a letter or digit and runs on over letters, digits and {@code '’.-} ("U.S.", "don't",
     * "al-Assad"); a CJK character is no part of a word. One pass over the code points: cleaning rules ask this of
     * every line several times, and the regular expressions it used cost a fifth of extraction.
     */
    static int words(String line) {
        int cjk = 0;
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cjk(cp)) {
                cjk++;
                inWord = false;
            } else if (letterOrNumber(cp)) {
                if (!inWord) n++;
                inWord = true;
            } else {
                inWord = inWord && (cp == '\'' || cp == '’' || cp == '.' || cp == '-');
            }
        }
        return n + cjk / 2;
    }

    /** Han, Hiragana, Katakana or Hangul script; every one of them lies at or above U+1100 (Hangul Jamo). */
    private static boolean cjk(int cp) {
        if (cp < 0x1100) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** {@code \p{L}} or {@code \p{N}}: any letter, and digits, letter numbers and other numbers ("Ⅻ", "²"). */
    private static boolean letterOrNumber(int cp) {
        // most text is ASCII, where the answer needs no look-up in the Unicode tables
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Case, spacing and edge punctuation removed: how two copies of a line are compared. Letters and numbers
     * ({@code \p{L}}, {@code \p{N}}) lower-cased, every run of anything else one space, none at the ends; one pass
     * over the code points, since every line of every page is normalised (once: the cleaning passes share it).
     */
    static String normalise(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (letterOrNumber(cp)) {
                if (gap && b.length() > 0) b.append(' ');
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}
