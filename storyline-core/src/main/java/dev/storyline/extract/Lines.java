package dev.storyline.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document as trimmed, non-blank lines (one paragraph, heading or caption each), with the structural facts
 * cleaning rules ask about: where the article body starts and ends, and what the title is.
 */
public final class Lines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’)\\]」』）]*$|[\"”’」』]$");

    private final List<String> lines;
    private final List<String> normalised;
    private final String title;
    private final int firstBody;
    private final int lastBody;

    Lines(List<String> lines, String title) {
        this.lines = List.copyOf(lines);
        this.normalised = this.lines.stream().map(Lines::normalise).toList();
        this.title = title == null ? "" : title;
        int first = -1;
        int last = -1;
        for (int i = 0; i < this.lines.size(); i++) {
            if (isBodyParagraph(this.lines.get(i))) {
                if (first < 0) first = i;
                last = i;
            }
        }
        this.firstBody = first;
        this.lastBody = last;
    }

    public int size() { return lines.size(); }

    public String get(int i) { return lines.get(i); }

    public String title() { return title; }

    /** Line {@code i} normalised (computed once: rules compare lines with each other). */
    public String normalised(int i) { return normalised.get(i); }

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

    /** Article prose: several words and a sentence ending, not a summary point. */
    static boolean isBodyParagraph(String line) {
        return words(line) >= 8 && endsSentence(line) && !BULLET.matcher(line).find();
    }

    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line.strip()).find();
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
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Case, spacing and edge punctuation removed: how two copies of a line are compared. */
    static String normalise(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
