package dev.storyline.summarize;

import dev.storyline.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a summary sentence reads as a sentence a journalist would publish: it starts as a sentence, ends as
 * one, leaves no function word hanging where compression took a word out ("as soon as, and", "for and Sunday"),
 * and carries no markup. Compression that would break a sentence is not applied; a candidate that is not
 * well-formed as written is not extracted. The eval counts summary sentences that fail, and lists them. Every
 * candidate sentence of every story told passes here, so it reads word by word rather than trying patterns at
 * every position.
 */
public final class WellFormed {
    private WellFormed() {}

    /** The reasons a sentence can fail, as the eval lists them. */
    public enum Problem {
        STARTS_IN_LOWER_CASE("starts in lower case"),
        NO_END("does not end as a sentence"),
        DANGLING_WORD("a conjunction or preposition left hanging"),
        MARKUP("markup residue");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Set<String> FUNCTION = Set.of("and", "or", "but", "nor", "as", "for", "of", "to", "in", "on",
            "at", "by", "with", "from", "into", "than", "the", "a", "an");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    private static final Pattern MARKUP = Pattern.compile("&[A-Za-z]{2,8};|&#\\d+;|</?[A-Za-z][^>]{0,80}>|(?:^|\\s)_\\s*&|\\[\\s*\\]");
    private static final String CLOSERS = "'\"”’)」』）";
    private static final String ENDS = ".!?。！？";

    /** What is wrong with the sentence; empty when nothing is. */
    public static List<Problem> problems(String sentence) {
        List<Problem> out = new ArrayList<>();
        if (startsInLowerCase(sentence)) out.add(Problem.STARTS_IN_LOWER_CASE);
        if (!ends(sentence)) out.add(Problem.NO_END);
        if (dangling(sentence) != null) out.add(Problem.DANGLING_WORD);
        if (markup(sentence) != null) out.add(Problem.MARKUP);
        return out;
    }

    public static boolean check(String sentence) {
        return !startsInLowerCase(sentence) && ends(sentence) && dangling(sentence) == null && markup(sentence) == null;
    }

    /**
     * The few words that show the problem ("for and", "&LR;", the first word), short enough to quote in a report
     * on third-party text.
     */
    public static String where(String sentence, Problem problem) {
        String s = sentence.strip();
        String found = switch (problem) {
            case STARTS_IN_LOWER_CASE -> s.split("\\s+", 2)[0];
            case NO_END -> s.substring(s.lastIndexOf(' ') + 1);
            case DANGLING_WORD -> dangling(s);
            case MARKUP -> markup(s);
        };
        return found == null ? "" : found;
    }

    private static boolean startsInLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }

    private static boolean ends(String s) {
        int i = s.length() - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) i--;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && ENDS.indexOf(s.charAt(i)) >= 0;
    }

    private static String markup(String s) {
        if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('[') < 0) return null;
        var m = MARKUP.matcher(s);
        return m.find() ? m.group().strip() : null;
    }

    /**
     * The words that hang, or null: a function word right before a comma or the final stop ("as soon as, and",
     * "with the company, or."), one right before a conjunction ("for and Sunday"), or two commas, or a comma and a
     * stop, in a row.
     */
    private static String dangling(String s) {
        if (s.contains(",,") || s.contains(", ,") || s.contains(",.") || s.contains(", .")) return ",";
        String[] words = Words.pieces(s.strip());
        for (int i = 0; i < words.length; i++) {
            String raw = words[i];
            if (raw.isEmpty()) continue;
            String w = bare(raw);
            if (!FUNCTION.contains(w)) continue;
            char last = raw.charAt(raw.length() - 1);
            boolean beforeComma = last == ',' || last == ';' || last == ':';
            boolean beforeStop = last == '.' && i == words.length - 1;
            if (beforeComma || beforeStop) {
                // "and so on," and "and so on." are whole
                if (w.equals("on") && i > 0 && bare(words[i - 1]).equals("so")) continue;
                return raw;
            }
            if (i + 1 < words.length && CONJUNCTIONS.contains(words[i + 1])) return raw + " " + words[i + 1];
        }
        return null;
    }

    /** The word in lower case without the punctuation around it. */
    private static String bare(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && !Character.isLetterOrDigit(raw.charAt(from))) from++;
        while (to > from && !Character.isLetterOrDigit(raw.charAt(to - 1))) to--;
        return raw.substring(from, to).toLowerCase(Locale.ROOT);
    }
}
