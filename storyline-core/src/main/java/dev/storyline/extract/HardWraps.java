package dev.storyline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wire copy scraped from an agency's text view comes hard-wrapped: every line of about 65 characters ends where
 * the column did, mid-sentence ("A Malaysian airliner" / "was shot down over eastern Ukraine by ..."). Read line
 * by line, such a page is nothing but fragments, and the cleaning chain removed its whole lead. Lines of such a
 * page are joined back into the paragraphs they were; a page that is not wrapped is left exactly as it is.
 */
final class HardWraps {
    /** Lines about as long as a column of wire copy; shorter lines are labels, longer ones whole paragraphs. */
    static final int MIN_COLUMN = 40;
    static final int MAX_COLUMN = 90;
    /** This many lines must end mid-sentence and run straight on into the next line before a page is read as wrapped. */
    static final int MIN_WRAPPED_LINES = 6;
    /** ... and they must be this share of the page's column-long lines (a page of long paragraphs has none). */
    static final double MIN_WRAPPED_SHARE = 0.5;
    /** A line shorter than this share of the column ended where its writer ended it, not where the column did. */
    static final double FULL_LINE = 0.6;

    /** A new unit of the page starts here however the line above ended: a bullet, a byline, a list item. */
    private static final Pattern STARTS_UNIT = Pattern.compile("^(?:[*•·▪-]\\s|\\d+[.)]\\s|By\\s+\\p{Lu})");

    private HardWraps() {}

    /** The page's lines with wrapped paragraphs joined back, blank lines between them kept. */
    static List<String> unwrap(List<String> lines) {
        int column = column(lines);
        if (column < 0) return lines;
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (paragraph != null && (line.isEmpty() || STARTS_UNIT.matcher(line).find())) {
                out.add(paragraph.toString());
                paragraph = null;
            }
            if (line.isEmpty()) {
                out.add("");
                continue;
            }
            if (paragraph == null) paragraph = new StringBuilder(line);
            else paragraph.append(' ').append(line);
            if (!runsOn(line, column) || i + 1 == lines.size()) {
                out.add(paragraph.toString());
                paragraph = null;
            }
        }
        if (paragraph != null) out.add(paragraph.toString());
        return out;
    }

    /** The wrap column of a wrapped page (its longest column-long line), or -1 for a page that is not wrapped. */
    static int column(List<String> lines) {
        int columnLong = 0;
        int longest = 0;
        for (String l : lines) {
            int n = l.strip().length();
            if (n >= MIN_COLUMN && n <= MAX_COLUMN) {
                columnLong++;
                longest = Math.max(longest, n);
            }
        }
        if (columnLong < MIN_WRAPPED_LINES) return -1;
        int wrapped = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = lines.get(i + 1).strip();
            if (line.length() >= MIN_COLUMN && line.length() <= MAX_COLUMN && runsOn(line, longest) && !next.isEmpty()
                    && !STARTS_UNIT.matcher(next).find()) wrapped++;
        }
        return wrapped >= MIN_WRAPPED_LINES && wrapped >= MIN_WRAPPED_SHARE * columnLong ? longest : -1;
    }

    /** A line that the column cut: nearly full, and not at the end of a sentence. */
    private static boolean runsOn(String line, int column) {
        return line.length() >= FULL_LINE * column && !Lines.endsSentence(line) && !line.endsWith(":");
    }

    /** For tests and callers holding one string. */
    static String unwrap(String text) {
        return String.join("\n", unwrap(Arrays.asList(text.split("\n", -1))));
    }
}
