package dev.storyline.extract;

import dev.storyline.domain.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, outlet, byline and dates as scraped plain text shows them: a title line near the top (after a section
 * label or a page-header date), a dateline under it, a "Source:" or outlet line, a byline.
 */
final class TextMetadata {
    private static final Pattern OUTLET_WORD = Pattern.compile(
            "\\b(news|times|post|press|agency|herald|journal|tribune|daily|gazette|telegraph|guardian|independent|"
                    + "tv|radio|network|media|monitor|observer|chronicle|review|wire|reuters|afp|bbc|cnn|al[- ]\\w+|"
                    + "courier|ledger|star|mirror|express|standard|bulletin|dispatch|examiner|inquirer|sentinel|register|"
                    + "gazette|magazine|weekly|online)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\W*(?:source|sources)\\s*:\\s*(.{2,60}?)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_LINE = Pattern.compile(
            "^\\W*(?:by|(?:re\\w*ing|writing|written|reported)\\s+by)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}$");

    /** Where the title line is (-1 when the title came from elsewhere) and what the lines say. */
    record Found(int titleLine, String title, String outlet, String byline, List<PublicationDate> dates) {}

    private TextMetadata() {}

    static Found read(List<String> lines, String hintedTitle) {
        int titleLine = -1;
        String title = hintedTitle;
        if (title == null || title.isBlank()) {
            titleLine = titleLine(lines);
            title = titleLine >= 0 ? lines.get(titleLine).strip() : "";
        }
        int firstBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (Lines.isBodyParagraph(lines.get(i)) && i != titleLine) { firstBody = i; break; }
        }
        String outlet = null;
        String byline = null;
        List<PublicationDate> dates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || i == titleLine) continue;
            Matcher source = SOURCE_LINE.matcher(s);
            if (outlet == null && source.find()) outlet = source.group(1).strip();
            Matcher by = BY_LINE.matcher(s);
            if (byline == null && by.find() && Lines.words(s) <= 8) byline = by.group(1).strip();
            if (DateText.isDateLine(s)) {
                Optional<LocalDate> d = DateText.find(s);
                if (d.isPresent()) dates.add(dateEvidence(d.get(), s, i, titleLine, firstBody));
            }
            // above the title stand section labels ("Middle East"), never the byline
            boolean leading = (firstBody < 0 || i < firstBody) && i > titleLine;
            if (leading && !Lines.endsSentence(s) && Lines.words(s) <= 4 && !DateText.isDateLine(s)) {
                if (outlet == null && OUTLET_WORD.matcher(s).find()) outlet = s;
                else if (byline == null && NAME.matcher(s).matches() && !OUTLET_WORD.matcher(s).find()) byline = s;
            }
        }
        return new Found(titleLine, title, outlet, byline, dates);
    }

    /**
     * A date above the title is the page's chrome (a "today is" header, a crawl date), not the article's:
     * the seeds show a 2018 header over a 2015 report. Under the title, before the prose, it is a dateline.
     */
    private static PublicationDate dateEvidence(LocalDate date, String text, int line, int titleLine, int firstBody) {
        if (DateEvidence.isUpdatedStamp(text)) return new PublicationDate(date, "updated-stamp", 0.3);
        if (titleLine >= 0 && line < titleLine) return new PublicationDate(date, "page-header", 0.2);
        if (firstBody < 0 || line <= firstBody + 3) return new PublicationDate(date, "dateline", 0.8);
        return new PublicationDate(date, "date-line-in-text", 0.4);
    }

    /**
     * The first line that is not a date, a reading time, page chrome or a short section label standing over a
     * longer line; -1 when the first such line is already prose (a one-paragraph article, a page that opens with
     * its lead): that page has no headline line, and its text starts there.
     */
    static int titleLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || DateText.isDateLine(s) || Headline.isChrome(s)) continue;
            Lines alone = new Lines(List.of(s), "");
            if (new CleaningRules.ReadingTime().removes(alone, 0) || CleaningRules.Caption.photoCaption(s)) continue;
            if (Headline.isProse(s)) return -1;
            int next = nextNonBlank(lines, i + 1);
            boolean longerBelow = next >= 0 && Lines.words(lines.get(next)) >= 4;
            // a section label or a kicker in capitals ("News", "FRENCH PRESIDENTIAL ELECTION") stands over the title
            if (longerBelow && !Lines.endsSentence(s) && (Lines.words(s) == 1 || Lines.words(s) <= 5 && shouted(s))) continue;
            if (Lines.words(s) <= 2 && !Lines.endsSentence(s)) {
                // a section label stands over the real title, which reads like a title, not like a sentence
                if (longerBelow && !Lines.endsSentence(lines.get(next))) continue;
            }
            return i;
        }
        return -1;
    }

    private static boolean shouted(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }
}
