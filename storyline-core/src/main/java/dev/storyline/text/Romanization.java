package dev.storyline.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A word in Latin letters, as news agencies romanise names: lower case, accents gone; Cyrillic, Greek, Arabic and
 * Persian, Hebrew and Korean Hangul transliterated letter by letter. Arabic and Hebrew write few vowels and Korean
 * spells a loanword by its sound, so the result is for matching consonants ("ترامب", "טראמפ", "트럼프" and "Trump"
 * share t-r-m-p), not for display.
 */
public final class Romanization {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Integer, String> LETTERS = letters();
    private static final int HANGUL_FIRST = 0xAC00, HANGUL_LAST = 0xD7A3;
    // Revised Romanization of the syllable's initial, medial and final jamo, in Unicode's order
    private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"};
    private static final String[] MEDIALS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romanization() {}

    /** The word's Latin letters a to z; empty when it has a character of no script read here (a digit, a symbol, CJK). */
    public static String latin(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean ascii = true;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c >= HANGUL_FIRST && c <= HANGUL_LAST) {
                int s = c - HANGUL_FIRST;
                b.append(INITIALS[s / 588]).append(MEDIALS[s % 588 / 28]).append(FINALS[s % 28]);
                continue;
            }
            String t = LETTERS.get(c);
            if (t != null) b.append(t);
            else b.appendCodePoint(c);
            if (c >= 128) ascii = false;
        }
        String plain = ascii ? b.toString() : MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == 'ı') out.append('i');
            else if (c == 'ß') out.append("ss");
            else if (c == '\'' || c == '’') continue;
            else if (c >= 'a' && c <= 'z') out.append(c);
            else return "";
        }
        return out.toString();
    }

    /**
     * Whether the script of this letter has no capitals (Arabic, Hebrew, Hangul), so that a name cannot be told from
     * another word by its first letter.
     */
    public static boolean caseless(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                || script == Character.UnicodeScript.HANGUL;
    }

    private static Map<Integer, String> letters() {
        Map<Integer, String> m = new HashMap<>();
        // Russian and Ukrainian Cyrillic, as news agencies romanise names
        put(m, "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "ё", "e", "є", "ye",
                "ж", "zh", "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n",
                "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch",
                "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya");
        put(m, "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i",
                "κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s",
                "τ", "t", "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o", "ά", "a", "έ", "e", "ή", "i", "ί", "i",
                "ό", "o", "ύ", "y", "ώ", "o");
        // Arabic and Persian consonants; alef, hamza and ta marbuta carry vowels or nothing a romanisation keeps,
        // waw and ya both vowels and consonants (w, y), tatweel only stretches a word
        put(m, "ا", "a", "أ", "a", "إ", "i", "آ", "a", "ٱ", "a", "ء", "", "ئ", "", "ؤ", "", "ى", "a", "ة", "", "ۀ", "",
                "ب", "b", "ت", "t", "ث", "th", "ج", "j", "ح", "h", "خ", "kh", "د", "d", "ذ", "dh", "ر", "r", "ز", "z",
                "س", "s", "ش", "sh", "ص", "s", "ض", "d", "ط", "t", "ظ", "z", "ع", "", "غ", "gh", "ف", "f", "ق", "q",
                "ك", "k", "ل", "l", "م", "m", "ن", "n", "ه", "h", "و", "w", "ي", "y", "پ", "p", "چ", "ch", "ژ", "zh",
                "گ", "g", "ک", "k", "ی", "y", "ـ", "");
        // Hebrew, final forms as their letters; alef and ayin are silent, vav and yod vowels or w, y
        put(m, "א", "", "ב", "b", "ג", "g", "ד", "d", "ה", "h", "ו", "w", "ז", "z", "ח", "kh", "ט", "t", "י", "y",
                "כ", "k", "ך", "k", "ל", "l", "מ", "m", "ם", "m", "נ", "n", "ן", "n", "ס", "s", "ע", "", "פ", "p",
                "ף", "f", "צ", "ts", "ץ", "ts", "ק", "k", "ר", "r", "ש", "sh", "ת", "t");
        return Map.copyOf(m);
    }

    private static void put(Map<Integer, String> m, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i].codePointAt(0), pairs[i + 1]);
    }
}
