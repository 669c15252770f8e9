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
    /** Chinese, Japanese and Korean script: written without spaces, so counted by characters. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

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

    /** Words as a reader would count them; two CJK characters count as one word (an English word carries about as much). */
    static int words(String line) {
        int cjk = 0;
        var c = CJK.matcher(line);
        while (c.find()) cjk++;
        int n = 0;
        var m = WORD.matcher(cjk == 0 ? line : CJK.matcher(line).replaceAll(" "));
        while (m.find()) n++;
        return n + cjk / 2;
    }

    /** Case, spacing and edge punctuation removed: how two copies of a line are compared. */
    static String normalise(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
