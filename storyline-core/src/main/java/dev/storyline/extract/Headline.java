package dev.storyline.extract;

import java.util.regex.Pattern;

/**
 * What may stand as an article's headline. Scraped pages open with site chrome as often as with the headline:
 * a copyright line, "Click here to read the full article.", a promo with an emoji ("Start the day smarter ☀️"),
 * a theme's placeholder ("No Widgets found in the Sidebar"), a row of empty labels ("Online: | |"). None of them
 * names an event. A page whose first text is a paragraph of prose has no headline line; one is derived from its
 * first sentence.
 */
final class Headline {
    /** A headline is one line of at most this many words; a longer line is the article's first paragraph. */
    static final int MAX_WORDS = 25;
    /** A derived headline is the first sentence, cut at a word to this length. */
    static final int DERIVED_CHARS = 120;

    private static final Pattern CHROME = Pattern.compile(
            "(?i)^\\W*(©|\\(c\\)\\s|copyright\\b|all rights reserved)|\\ball rights reserved\\b|"
                    + "\\bclick here\\b|\\bread the full (article|story)\\b|\\bno widgets\\b|\\bsidebar\\b|"
                    + "\\bstart (the|your) day\\b|\\b(sign up|subscribe|log ?in|sign in|register)\\b.{0,30}$|"
                    + "\\bcookies?\\b|\\bjavascript\\b|\\benable\\b.{0,20}\\bbrowser\\b|\\bskip to\\b|"
                    + "\\bbreaking news\\s*:?\\s*$|^\\W*(home|menu|search|advertisement|loading\\W*)\\W*$|"
                    + "(facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail)\\W{0,3}(facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail|copy)");
    /**
     * Lines of the trade that stand above wire copy: an agency's service note ("(Repeats story published late
     * Tuesday; no changes to text)"), a bare dateline ("| GRABOVO, Ukraine, July 17"), a promo ("Follow the latest
     * news on ..."), a lone label ("Quote:").
     */
    private static final Pattern WIRE_CHROME = Pattern.compile(
            "(?i)^\\W*\\(?(repeats|updates|adds|corrects|recasts|refiles|fixes|changes)\\b.{0,80}\\)?\\s*$|"
                    + "^\\W*follow (the latest|us|our live|live)\\b|^\\W*[\\p{L} ]{1,20}:\\s*$");
    private static final Pattern BARE_DATELINE = Pattern.compile(
            "^[\\W&&[^\\p{L}]]*\\p{Lu}[\\p{L} .'’-]{1,40},(?:\\s*\\p{Lu}[\\p{L} .'’-]{1,30},)?\\s*" + "(?i:" + DateText.MONTH
                    + ")\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\W*$");
    /** A wire dateline opening the lead ("GILZE-RIJEN, Netherlands, Oct 13 "), which a derived headline drops. */
    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{1,40},(?:\\s*\\p{Lu}[\\p{L} .'’-]{1,30},)?\\s*" + "(?i:" + DateText.MONTH
                    + ")\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s*(?:\\(\\p{L}+\\)\\s*)?[-–—]?\\s+(?=\\p{Lu})");
    /**
     * What a headline does not keep: a list item's marker, an update stamp ("UPDATE (6/25/21 3:00 PM): "), a date
     * ("08.10.2013 "), a row of labels before the sentence ("Washington, US | THE INDEPENDENT | ").
     */
    private static final Pattern BULLET = Pattern.compile("^[*•·▪-]\\s+");
    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:(?i:update[sd]?|breaking|exclusive|watch|live)\\b\\s*(?:\\([^)]{0,30}\\))?\\s*:\\s*|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\s+|"
                    + "(?:[^|.]{1,40}\\|\\s*){1,3}(?=\\p{Lu}))");
    /** Pictographs and dingbats: a promo's ☀️ or 🔥; headlines do not carry them. */
    private static final Pattern PICTOGRAPH = Pattern.compile("[\\x{2600}-\\x{27BF}\\x{1F300}-\\x{1FAFF}]");
    /** A sentence ends somewhere in the line, in any script (Arabic and Persian write no capitals after it). */
    private static final Pattern ANY_SENTENCE_END = Pattern.compile("[.!?…؟。！？][\"'”’»)]*(\\s|$)");
    /** A sentence ends where a capital follows a full stop, but not after "U.S." or "Mr.". */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:U\\.S|U\\.K|U\\.N|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|Prof|Mt)\\.)(?<=[.!?…])[\"'”’)]*\\s+(?=[\"“‘'(]?\\p{Lu})");

    private Headline() {}

    /** Chrome is a short line: a longer one is judged as text (and no pattern runs over a hostile megabyte line). */
    static final int MAX_CHROME_CHARS = 200;

    /** A line that is page chrome, not a headline (nor, when it stands alone, an article's text). */
    static boolean isChrome(String line) {
        String s = line.strip();
        if (s.isEmpty()) return true;
        if (s.length() > MAX_CHROME_CHARS) return false;
        if (PICTOGRAPH.matcher(s).find() || emptyFields(s)) return true;
        return Lines.words(s) <= 20 && (CHROME.matcher(s).find() || WIRE_CHROME.matcher(s).find()
                || BARE_DATELINE.matcher(s).matches());
    }

    /** Labels without values: "Online: | |", "Share: | | |" (a short label, then only bars and spaces). */
    private static boolean emptyFields(String s) {
        int bar = s.indexOf('|');
        if (bar < 0 || bar > 30) return false;
        int bars = 0;
        for (int i = bar; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|') bars++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return bars >= 2;
    }

    /**
     * A line too long, or of too many sentences, to be a headline: the text's first paragraph. It must read as
     * sentences: a thousand words without one ("word word ...") is no article text.
     */
    static boolean isProse(String line) {
        String s = line.strip();
        int words = Lines.words(s);
        boolean sentences = Lines.endsSentence(s) || ANY_SENTENCE_END.matcher(s).find();
        if (words > MAX_WORDS) return sentences;
        return words >= 12 && Lines.endsSentence(s) && SENTENCE_END.matcher(s).find();
    }

    /** A headline as a reader would write it: without the marker of the list item it was taken from. */
    static String tidy(String headline) {
        String s = BULLET.matcher(headline.strip()).replaceFirst("");
        for (String before = ""; !before.equals(s); ) {
            before = s;
            String cut = PREFIXES.matcher(s).replaceFirst("").strip();
            if (!cut.isEmpty()) s = cut;
        }
        return s;
    }

    /** A headline for a text that has none: its first sentence that is not chrome, cut at a word. */
    static String derive(String text) {
        String first = "";
        for (String paragraph : text.split("\n")) {
            for (String sentence : SENTENCE_END.split(tidy(paragraph))) {
                if (!sentence.isBlank() && !isChrome(sentence)) {
                    first = sentence.strip();
                    break;
                }
            }
            if (!first.isEmpty()) break;
        }
        first = LEADING_DATELINE.matcher(first).replaceFirst("");
        if (first.length() <= DERIVED_CHARS) return first;
        int cut = first.lastIndexOf(' ', DERIVED_CHARS - 1);
        return first.substring(0, cut > DERIVED_CHARS / 2 ? cut : DERIVED_CHARS - 1).strip() + "…";
    }
}
