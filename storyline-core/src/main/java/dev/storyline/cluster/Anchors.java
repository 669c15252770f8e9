package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Sentence;
import dev.storyline.text.Terms;
import dev.storyline.text.WrittenNumbers;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What two reports of one event in different languages still share when their words do not: the names of its
 * people, places and organisations, and its numbers. No multilingual sentence embedding ships in a package this
 * project can reach (docs/CLUSTERING.md, "Across languages"), so these are the cross-language signal:
 * <ul>
 *   <li>a <b>name</b> is a capitalised word of a cased script, taken two ways: its Latin letters without accents
 *       ("Beyrouth" as "=beyrouth", "Izmir" and "İzmir" as "=izmir"), and a consonant key that survives
 *       transliteration and vowel spelling ({@link #key}: "Macron" and "Макрон" are both "~mkrn", "Trump" and
 *       "Трамп" "~trmp"). Scripts without case (Arabic, Hebrew, Persian, Korean) give no names: every word of
 *       theirs would be a candidate, and their three-consonant roots collide with the keys of Latin names;
 *   <li>a <b>number</b> of two digits or more, or with a fraction, written any way: "7,000", "7.000" and "7 000"
 *       are "#7000"; "7,8" and "7.8" are "#7.8" (a group of three digits after a separator is thousands, anything
 *       else a fraction); Arabic-Indic and Persian digits are read as digits.
 * </ul>
 * Many of these are one language's words (a German noun is capitalised; a French sentence starts with "Le"):
 * {@link OnlineStoryClusterer} keeps, for the comparison, only anchors the stream has seen in more than one
 * language.
 */
final class Anchors {
    static final int ARTICLE_ANCHORS = 40;
    /** Anchors two sides must share before their cosine counts (see {@link Scorer}). */
    static final int MIN_SHARED = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?");
    private static final Pattern NUMBER = Pattern.compile(WrittenNumbers.NUMBER);

    private Anchors() {}

    /**
     * Anchor counts of the article's title (twice: it names the event) and body. A capitalised word is a name
     * only when the article never writes it in lower case ("President" beside "the president", a Title Case
     * headline's "Found") and, opening a sentence, only when the article also capitalises it mid-sentence
     * ("Doce personas ..." opens a sentence; "Beirut" recurs).
     */
    static Map<String, Double> of(AnalyzedArticle article) {
        java.util.Set<String> lower = new java.util.HashSet<>();
        java.util.Set<String> midSentence = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            Matcher w = WORD.matcher(s.text());
            boolean first = true;
            while (w.find()) {
                String word = w.group();
                if (Character.isLowerCase(word.codePointAt(0))) lower.add(word);
                else if (!first) midSentence.add(word);
                first = false;
            }
        }
        Map<String, Double> tf = new HashMap<>();
        String title = article.article().title();
        if (title != null) add(title, 2.0, tf, word -> !lower.contains(word.toLowerCase(Locale.ROOT)));
        for (Sentence s : article.sentences()) {
            int start = firstWordStart(s.text());
            add(s.text(), 1.0, tf, word -> !lower.contains(word.toLowerCase(Locale.ROOT)));
            // the sentence's first word was counted above: take it back when it is only a sentence opener
            if (start >= 0) {
                Matcher w = WORD.matcher(s.text());
                if (w.find(start) && !midSentence.contains(w.group())) remove(w.group(), 1.0, tf);
            }
        }
        return tf;
    }

    private static int firstWordStart(String text) {
        Matcher w = WORD.matcher(text);
        return w.find() ? w.start() : -1;
    }

    /** Anchor counts of a bare text (every capitalised word a name), for tests and callers without sentences. */
    static void add(String text, double weight, Map<String, Double> tf) {
        add(text, weight, tf, word -> true);
    }

    private static void add(String text, double weight, Map<String, Double> tf, java.util.function.Predicate<String> name) {
        if (text == null) return;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            for (String a : nameAnchors(w.group())) if (name.test(w.group())) tf.merge(a, weight, Double::sum);
        }
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            String number = number(n.group());
            if (number != null) tf.merge("#" + number, weight, Double::sum);
        }
    }

    private static void remove(String word, double weight, Map<String, Double> tf) {
        for (String a : nameAnchors(word)) {
            Double left = tf.computeIfPresent(a, (k, v) -> v - weight);
            if (left != null && left <= 1e-9) tf.remove(a);
        }
    }

    /** The anchors a word gives as a name: none unless capitalised, of 3 letters or more and no function word. */
    private static java.util.List<String> nameAnchors(String word) {
        int first = word.codePointAt(0);
        if (!Character.isUpperCase(first) || word.codePointCount(0, word.length()) < 3) return java.util.List.of();
        String latin = latin(word);
        // a capitalised function word opens a sentence ("The", "Les", "Die"): no name
        if (latin.isEmpty() || Terms.isStopWord(word.toLowerCase(Locale.ROOT))) return java.util.List.of();
        java.util.List<String> out = new java.util.ArrayList<>(2);
        if (isLatinScript(first)) out.add("=" + latin);
        String key = key(latin);
        if (key.length() >= 3) out.add("~" + key);
        return out;
    }

    /** The number as one spelling ({@link WrittenNumbers}); null for a lone digit, too common to tell events apart. */
    static String number(String written) {
        String s = WrittenNumbers.normalised(written);
        return s.indexOf('.') < 0 && s.length() < 2 ? null : s;
    }

    /** Latin letters of a word, lower case, accents gone; Cyrillic and Greek transliterated. */
    static String latin(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean ascii = true;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            String t = TRANSLITERATION.get(c);
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * A consonant key of a Latin-lettered name: vowels, h, w, y and j gone (transliterations disagree most on those:
     * "Hollande" / "Олланд"), letters that sound alike made one (c, k, q and ck; p and b; v and f; z and s), doubled
     * letters single. "Macron" and "makron" are "mkrn"; "Beirut" and "Bejrut" "brt".
     */
    static String key(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            if (c == 'c' && next == 'k' || c == 'p' && next == 'h') {
                c = c == 'c' ? 'k' : 'f';
                i++;
            }
            char k = switch (c) {
                case 'c', 'q', 'x' -> 'k';
                case 'b' -> 'p';
                case 'v' -> 'f';
                case 'z' -> 's';
                case 'a', 'e', 'i', 'o', 'u', 'h', 'w', 'y', 'j' -> 0;
                default -> c;
            };
            if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) out.append(k);
        }
        return out.toString();
    }

    private static boolean isLatinScript(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    private static final Map<Integer, String> TRANSLITERATION = transliteration();

    private static Map<Integer, String> transliteration() {
        Map<Integer, String> m = new HashMap<>();
        // Russian and Ukrainian Cyrillic, as news agencies romanise names
        String[] cyrillic = {"а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "ё", "e", "є", "ye",
                "ж", "zh", "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n",
                "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch",
                "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya"};
        for (int i = 0; i < cyrillic.length; i += 2) m.put(cyrillic[i].codePointAt(0), cyrillic[i + 1]);
        String[] greek = {"α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i",
                "κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s",
                "τ", "t", "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o", "ά", "a", "έ", "e", "ή", "i", "ί", "i",
                "ό", "o", "ύ", "y", "ώ", "o"};
        for (int i = 0; i < greek.length; i += 2) m.put(greek[i].codePointAt(0), greek[i + 1]);
        return Map.copyOf(m);
    }
}
