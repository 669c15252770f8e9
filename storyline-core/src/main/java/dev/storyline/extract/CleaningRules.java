package dev.storyline.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The standard cleaning rules. Each targets a kind of boilerplate by its shape (length, punctuation, position,
 * repetition, a few cue words shared across sites), never by one site's exact strings.
 */
public final class CleaningRules {
    private CleaningRules() {}

    /**
     * Two passes: rules that recognise a line by its content, then rules that judge a line by where it stands
     * among the lines that are left (a promo line ending with a full stop must not pass for the last paragraph).
     * Within a pass the first rule that matches names the removal.
     */
    public static List<List<CleaningRule>> standard() {
        return List.of(
                List.of(new RepeatedLine(), new PullQuote(), new ReadingTime(), new DateLine(), new Arithmetic(),
                        new LinkLine(), new ShareLine(), new Promo(), new Caption(), new CreditLine()),
                List.of(new EdgeFragment()));
    }

    private static boolean matches(Pattern p, String s) {
        return p.matcher(s).find();
    }

    /**
     * A line that repeats the title or a line just before it: a headline printed twice, a caption under its photo
     * twice. Repeats further apart are the text's own (a recipe's "1 scoop, 1 cup berries" on each day of a plan).
     */
    static final class RepeatedLine implements CleaningRule {
        /** How many lines back a repeat counts as printed twice. */
        static final int NEAR = 3;

        public String name() { return "repeated-line"; }

        public boolean removes(Lines doc, int i) {
            String n = doc.normalised(i);
            if (n.isEmpty()) return false;
            if (n.equals(doc.normalisedTitle())) return true;
            for (int j = Math.max(0, i - NEAR); j < i; j++) {
                if (doc.normalised(j).equals(n)) return true;
            }
            return false;
        }
    }

    /** A pull quote: a line that the next paragraph repeats and continues. */
    static final class PullQuote implements CleaningRule {
        public String name() { return "pull-quote"; }

        public boolean removes(Lines doc, int i) {
            if (i + 1 >= doc.size()) return false;
            String n = doc.normalised(i);
            String next = doc.normalised(i + 1);
            return n.length() >= 20 && next.length() > n.length() && next.startsWith(n);
        }
    }

    /** "2 min read", "Reading time: 4 minutes". */
    static final class ReadingTime implements CleaningRule {
        private static final Pattern P = Pattern.compile(
                "^(reading time:?\\s*)?\\d+\\s*(-\\s*\\d+\\s*)?(min|mins|minutes?)\\.?(\\s+read)?$", Pattern.CASE_INSENSITIVE);

        public String name() { return "reading-time"; }

        public boolean removes(Lines doc, int i) {
            return matches(P, doc.get(i).strip());
        }
    }

    /** A line that is only a date (and maybe a weekday or time): page headers and datelines, read as metadata. */
    static final class DateLine implements CleaningRule {
        public String name() { return "date-line"; }

        public boolean removes(Lines doc, int i) {
            return DateText.isDateLine(doc.get(i));
        }
    }

    /** A captcha or quiz line: "7 − 2 =". */
    static final class Arithmetic implements CleaningRule {
        private static final Pattern P = Pattern.compile("^\\s*\\d+\\s*[-−–+×x*/÷]\\s*\\d+\\s*=\\s*\\??\\s*\\d*\\s*$");

        public String name() { return "captcha"; }

        public boolean removes(Lines doc, int i) {
            return matches(P, doc.get(i));
        }
    }

    /** A link to another article: "Read More: ...", "See also: ...", "Also read ...". */
    static final class LinkLine implements CleaningRule {
        private static final Pattern P = Pattern.compile(
                "^\\W*(read more|read also|also read|see also|related( stories| articles| coverage| news)?|more on this|"
                        + "recommended|watch|listen|more from|more in|also in|you may also like|most read|trending)\\b\\s*[:|>»-]",
                Pattern.CASE_INSENSITIVE);

        public String name() { return "link-line"; }

        public boolean removes(Lines doc, int i) {
            String s = doc.get(i).strip();
            return matches(P, s) && doc.words(i) <= 30;
        }
    }

    /** Sharing and comment widgets: "Short link :", "Share this article", "Leave a comment", "Print". */
    static final class ShareLine implements CleaningRule {
        private static final Pattern P = Pattern.compile(
                "^\\W*(short ?link|permalink|share( this( article| story)?)?( on \\w+)?|tweet|e-?mail|print|copy link|"
                        + "leave a (comment|reply)|\\d*\\s*comments?|add a comment|post a comment|back to top( button)?|"
                        + "skip to (main )?content|advertisement|sponsored|scroll to continue)\\W*$",
                Pattern.CASE_INSENSITIVE);

        public String name() { return "share-widget"; }

        public boolean removes(Lines doc, int i) {
            return matches(P, doc.get(i).strip());
        }
    }

    /** Follow-us and newsletter blurbs: a short line that asks the reader to subscribe, follow or sign up. */
    static final class Promo implements CleaningRule {
        private static final Pattern P = Pattern.compile(
                "\\b(follow (us( on)?|the latest|our live|live)|like us on|join us on|subscribe( to| now|$)|sign up( for| to|$)|newsletter|"
                        + "(directly|straight|delivered) to your inbox|download (our|the) app|get the latest)\\b",
                Pattern.CASE_INSENSITIVE);

        public String name() { return "promo"; }

        public boolean removes(Lines doc, int i) {
            return doc.words(i) <= 25 && matches(P, doc.get(i));
        }
    }

    /**
     * A photo caption: no sentence ending, closing on a picture credit in brackets ("[Getty]", "(AP)",
     * "(Reuters/Omar Sanadiki)") or on "File photo" / "Photo: ...".
     */
    static final class Caption implements CleaningRule {
        private static final Pattern CREDIT = Pattern.compile("[\\[(][^\\[\\]()]{1,40}[\\])]\\s*$");
        private static final Pattern PHOTO = Pattern.compile(
                "(\\b(file )?(photo|picture|image)s?( credit)?\\s*[:.]?\\s*[^.]{0,40}$)|(^(photo|picture|image)s?\\s*:)",
                Pattern.CASE_INSENSITIVE);

        public String name() { return "caption"; }

        /** "PHOTOS: Highlights of the summit in Singapore" heads a gallery: a headline, not a credit. */
        private static final Pattern GALLERY = Pattern.compile("(?i)^(photos|pictures|images|in pictures)\\s*:\\s*(\\S+\\s+){4,}");
        /** An agency's picture-desk marker opening a caption ("TOPSHOT – French president-elect ... arrives"). */
        private static final Pattern PICTURE_DESK = Pattern.compile("^(TOPSHOT|TOP PICTURE|EDITORS NOTE)\\s*[–—:-]");

        public boolean removes(Lines doc, int i) {
            String s = doc.get(i).strip();
            if (doc.words(i) <= 40 && matches(CREDIT, s)
                    && !Lines.endsSentence(s.replaceAll("\\s*[\\[(][^\\[\\]()]*[\\])]\\s*$", ""))) return true;
            return photoCaption(s);
        }

        /**
         * A caption that says it is one: a picture-desk marker or a photo credit. A line closing on any bracket may
         * be a headline too ("... leads Le Pen 58.2%-41.8% (Ipsos estimate)"), so only these stand in for a title.
         */
        static boolean photoCaption(String s) {
            int words = Lines.words(s);
            if (PICTURE_DESK.matcher(s).find() && words <= 60) return true;
            if (words > 40 || GALLERY.matcher(s).find()) return false;
            return matches(PHOTO, s) && words <= 15 && (s.toLowerCase(Locale.ROOT).contains("photo")
                    || s.toLowerCase(Locale.ROOT).contains("picture") || s.toLowerCase(Locale.ROOT).contains("image"))
                    && !Lines.isBodyParagraph(s);
        }
    }

    /** Production credits and source lines: "Reporting by: ...", "Editing by ...", "Source: ...". */
    static final class CreditLine implements CleaningRule {
        private static final Pattern P = Pattern.compile(
                "^\\W*((re\\w*ing|writing|editing|translat\\w*|additional reporting|compiled|produced|written|edited|reported)"
                        + "\\s+by|source|sources|credit|copyright|©|all rights reserved)\\b",
                Pattern.CASE_INSENSITIVE);

        public String name() { return "credit-line"; }

        public boolean removes(Lines doc, int i) {
            String s = doc.get(i).strip();
            return matches(P, s) && doc.words(i) <= 12 && !Lines.isBodyParagraph(s);
        }
    }

    /**
     * Short non-sentence lines before the first or after the last prose paragraph: section labels, bylines,
     * outlet names, "Related Articles", "Editors Choice", "Also in World News". Inside the body such a line is
     * a subheading and stays.
     */
    static final class EdgeFragment implements CleaningRule {
        public String name() { return "edge-fragment"; }

        public boolean removes(Lines doc, int i) {
            String s = doc.get(i).strip();
            if (!(doc.inLeadingBlock(i) || doc.inTrailingBlock(i))) return false;
            if (doc.normalised(i).equals(doc.normalisedTitle())) return false;
            if (doc.inLeadingBlock(i) && doc.words(i) >= 12) return false; // a standfirst
            return !Lines.endsSentence(s) ? doc.words(i) <= 10 : doc.words(i) <= 4;
        }
    }
}
