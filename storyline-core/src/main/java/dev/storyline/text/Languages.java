package dev.storyline.text;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language an article is written in, by Apache OpenNLP's language detector and its langdetect-183 model
 * (103 languages, character n-grams; Apache-2.0, from Maven Central). Codes are ISO 639-1 where the language has
 * one ("fr", "ar"), ISO 639-3 otherwise, {@link #UNDETERMINED} when the text is too short or too mixed to tell:
 * a wrong language would send the page to the wrong stemmer and the wrong month names, an unknown one only to the
 * defaults. The model is loaded once, on first use; a detector per thread.
 */
public final class Languages {
    public static final String MODEL = "langdetect-183.bin";
    /** ISO 639-2's code for "undetermined". */
    public static final String UNDETERMINED = "und";
    /** Letters needed before the guess is worth making: a few words are often only shared names. */
    static final int MIN_LETTERS = 20;
    /** The detector reads this much: beyond the lead, more text changes no guess and costs time. */
    static final int MAX_CHARS = 800;
    /**
     * How far the best guess must lead the second for the page to be told. The model spreads its probability over
     * 103 languages, so even a clear English headline gets only 0.05; what tells is the lead over the runner-up
     * (English headlines lead by 1.9 times and more, Indonesian leads Malay by 1.28 on the dev pages).
     */
    static final double MIN_LEAD = 1.2;

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();
    private static volatile LanguageDetectorModel model;
    private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private Languages() {}

    /** The language of the text: "en", "fr", ... or {@link #UNDETERMINED}. */
    public static String identify(String text) {
        if (text == null) return UNDETERMINED;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) return UNDETERMINED;
        Language[] guesses = DETECTOR.get().predictLanguages(sample);
        if (guesses.length == 0) return UNDETERMINED;
        Language best = guesses[0];
        if (guesses.length > 1 && best.getConfidence() < MIN_LEAD * guesses[1].getConfidence()) return UNDETERMINED;
        return code(best.getLang());
    }

    /** The ISO 639-1 code of an ISO 639-3 one where there is one ("fra" as "fr"; Persian's "pes" as "fa"). */
    static String code(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }

    /** Whether the code names a language (not {@link #UNDETERMINED} nor null). */
    public static boolean known(String code) {
        return code != null && !code.equals(UNDETERMINED);
    }

    /** The language's English name for display ("French"); the code itself when Java knows none. */
    public static String name(String code) {
        if (!known(code)) return "undetermined";
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // a code without a three-letter form
            }
        }
        // Java still lists Hebrew, Indonesian and Yiddish under their withdrawn codes
        m.put("heb", "he");
        m.put("ind", "id");
        m.put("yid", "yi");
        // the model names macrolanguages by their main member: Persian, Mandarin, Malay, Albanian, ...
        m.put("pes", "fa");
        m.put("cmn", "zh");
        m.put("zsm", "ms");
        m.put("als", "sq");
        m.put("lvs", "lv");
        m.put("ekk", "et");
        m.put("nob", "nb");
        m.put("azj", "az");
        m.put("uzn", "uz");
        m.put("swh", "sw");
        m.put("khk", "mn");
        m.put("ory", "or");
        m.put("npi", "ne");
        m.put("gug", "gn");
        m.put("quz", "qu");
        m.put("plt", "mg");
        m.put("prs", "fa");
        return Map.copyOf(m);
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m != null) return m;
        synchronized (Languages.class) {
            if (model == null) {
                try (InputStream in = Languages.class.getClassLoader().getResourceAsStream(MODEL)) {
                    if (in == null) throw new IllegalStateException("language model " + MODEL + " not on the classpath");
                    model = new LanguageDetectorModel(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load language model " + MODEL, e);
                }
            }
            return model;
        }
    }
}
