package dev.storyline.text;

import java.util.regex.Pattern;

/**
 * Numbers in digits as any news language writes them: grouped thousands ("7,000", "7.000", "7 000", "٧٬٠٠٠") and
 * a fraction after one comma or point ("7,8", "16.5"). A group of exactly three digits after a separator is
 * thousands, anything else a fraction: the one reading that is right in English, French, German, Spanish and
 * Russian alike (an English "1.400" or a German "7,000" is rare). Arabic-Indic and Persian digits are digits.
 */
public final class WrittenNumbers {
    /** Grouped thousands, or digits with at most one fraction. */
    private static final String GROUPED = "\\p{Nd}{1,3}(?:[.,\\u066C \\u00A0\\u202F]\\p{Nd}{3})+(?!\\p{Nd})";
    /** One number as written, not inside a word or a longer number. */
    public static final String NUMBER = "(?<![\\p{Nd}\\p{L}])(?:" + GROUPED + "|\\p{Nd}+(?:[.,\\u066B]\\p{Nd}+)?)";
    private static final Pattern GROUPED_ONLY = Pattern.compile(GROUPED);

    private WrittenNumbers() {}

    /** The number in one spelling: ASCII digits, no grouping, a point before a fraction ("7,8" as "7.8"). */
    public static String normalised(String written) {
        StringBuilder ascii = new StringBuilder();
        written.strip().codePoints().forEach(c -> ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10))
                : c == 0x066B ? '.' : c == 0x066C ? ',' : (char) c));
        String s = ascii.toString();
        s = GROUPED_ONLY.matcher(written.strip()).matches() ? s.replaceAll("[., \\u00A0\\u202F]", "") : s.replace(',', '.');
        return s.replaceFirst("^0+(?=\\d)", "");
    }

    /** Its value. */
    public static double value(String written) {
        return Double.parseDouble(normalised(written));
    }
}
