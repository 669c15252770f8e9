package dev.storyline.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a summary sentence reads as a sentence a journalist would publish: it starts as a sentence, ends as
 * one, leaves no function word hanging where compression took a word out ("as soon as, and", "for and Sunday"),
 * and carries no markup. Compression that would break a sentence is not applied; a candidate that is not
 * well-formed as written is not extracted. The eval counts summary sentences that fail, and lists them.
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

    private static final String FUNCTION = "and|or|but|nor|as|for|of|to|in|on|at|by|with|from|into|than|the|a|an";
    /** A function word right before a comma or full stop, or right before another conjunction. */
    private static final Pattern DANGLING = Pattern.compile(
            "(?i)(?<![\\p{L}'’-])(?<!\\bso\\s)(?:" + FUNCTION + ")\\s*(?:[,;:]|\\.\\s*$)|(?<![\\p{L}'’-])(?:" + FUNCTION + ")\\s+(?:and|or|but)\\b"
                    + "|,\\s*[,.]|^\\s*(?:and|or|but|as|for)\\s*,");
    private static final Pattern MARKUP = Pattern.compile("&[A-Za-z]{2,8};|&#\\d+;|</?[A-Za-z][^>]{0,80}>|(?:^|\\s)_\\s*&|\\[\\s*\\]");
    private static final Pattern END = Pattern.compile("[.!?。！？]['\"”’)」』）]*\\s*$");

    /** What is wrong with the sentence; empty when nothing is. */
    public static List<Problem> problems(String sentence) {
        List<Problem> out = new ArrayList<>();
        if (startsInLowerCase(sentence)) out.add(Problem.STARTS_IN_LOWER_CASE);
        if (!END.matcher(sentence).find()) out.add(Problem.NO_END);
        if (DANGLING.matcher(sentence).find()) out.add(Problem.DANGLING_WORD);
        if (MARKUP.matcher(sentence).find()) out.add(Problem.MARKUP);
        return out;
    }

    /**
     * The few words that show the problem ("for and", "&LR;", the first word), short enough to quote in a report
     * on third-party text.
     */
    public static String where(String sentence, Problem problem) {
        String s = sentence.strip();
        return switch (problem) {
            case STARTS_IN_LOWER_CASE -> s.split("\\s+", 2)[0];
            case NO_END -> s.substring(s.lastIndexOf(' ') + 1);
            case DANGLING_WORD -> found(DANGLING, s);
            case MARKUP -> found(MARKUP, s);
        };
    }

    private static String found(Pattern p, String s) {
        var m = p.matcher(s);
        return m.find() ? m.group().strip() : "";
    }

    public static boolean check(String sentence) {
        return problems(sentence).isEmpty();
    }

    private static boolean startsInLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }
}
