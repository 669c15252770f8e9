package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Sentence;
import dev.storyline.text.Romanization;
import dev.storyline.text.Terms;
import dev.storyline.text.WrittenNumbers;

import java.util.HashMap;
import java.util.List;
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
 *       "Трамп" "~trmp"). A word of a script without case (Arabic, Persian, Hebrew, Korean) gives its key alone,
 *       spelt in Latin letters ({@link Romanization}: "ترامب" and "트럼프" are "~trmp" too), when its language's
 *       dictionary does not know it ({@link #of(AnalyzedArticle, java.util.function.Predicate)});
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
     * ("Doce personas ..." opens a sentence; "Beirut" recurs). No word of a caseless script is a name here.
     */
    static Map<String, Double> of(AnalyzedArticle article) {
        return of(article, word -> true);
    }

    /**
     * As {@link #of(AnalyzedArticle)}, and a word of a caseless script (Arabic, Persian, Hebrew, Korean) is a name
     * when {@code inDictionary} does not know it: its language's dictionary tells its words from the names it
     * spells; with no dictionary, every word that is no function word is a candidate, and only the names a story
     * also writes in another script count (see {@link OnlineStoryClusterer}).
     */
    static Map<String, Double> of(AnalyzedArticle article, java.util.function.Predicate<String> inDictionary) {
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
        java.util.function.Predicate<String> name = word -> Romanization.caseless(word.codePointAt(0))
                ? !inDictionary.test(word) : !lower.contains(word.toLowerCase(Locale.ROOT));
        String title = article.article().title();
        if (title != null) add(title, 2.0, tf, name);
        for (Sentence s : article.sentences()) {
            int start = firstWordStart(s.text());
            add(s.text(), 1.0, tf, name);
            // the sentence's first word was counted above: take it back when it is only a sentence opener
            if (start >= 0) {
                Matcher w = WORD.matcher(s.text());
                if (w.find(start) && !Romanization.caseless(w.group().codePointAt(0)) && !midSentence.contains(w.group())) {
                    remove(w.group(), 1.0, tf);
                }
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
            List<String> anchors = nameAnchors(w.group());
            // the name test reads the article (and a dictionary): only for words that would give anchors
            if (!anchors.isEmpty() && name.test(w.group())) for (String a : anchors) tf.merge(a, weight, Double::sum);
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

    /**
     * The anchors a word gives as a name: none unless capitalised (or of a caseless script), of 3 letters or more
     * and no function word.
     */
    private static java.util.List<String> nameAnchors(String word) {
        int first = word.codePointAt(0);
        if (Romanization.caseless(first)) return caselessNameAnchors(word);
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

    /**
     * The consonant key of a word of a caseless script, as a name would give: none for a function word, an Arabic
     * word with the definite article (a foreign name takes none: "باريس", Paris), or fewer than 3 letters (2
     * Korean syllables); a Korean word's trailing particle goes first ("트럼프가", Trump + subject marker).
     */
    private static java.util.List<String> caselessNameAnchors(String word) {
        if (Terms.isStopWord(word) || word.startsWith("ال")) return java.util.List.of();
        boolean hangul = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HANGUL;
        String bare = hangul ? withoutParticle(word) : word;
        if (bare.codePointCount(0, bare.length()) < (hangul ? 2 : 3)) return java.util.List.of();
        String key = key(latin(bare));
        return key.length() >= 3 ? java.util.List.of("~" + key) : java.util.List.of();
    }

    /** Korean case and topic particles a noun carries, longest first. */
    private static final java.util.List<String> PARTICLES = java.util.List.of("에서는", "에게서", "으로는", "에서", "에게",
            "으로", "까지", "부터", "처럼", "보다", "와는", "과는", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도",
            "로", "만");

    private static String withoutParticle(String word) {
        for (String p : PARTICLES) {
            if (word.endsWith(p) && word.length() - p.length() >= 2) return word.substring(0, word.length() - p.length());
        }
        return word;
    }

    /** Latin letters of a word ({@link Romanization}). */
    static String latin(String word) {
        return Romanization.latin(word);
    }

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
}
