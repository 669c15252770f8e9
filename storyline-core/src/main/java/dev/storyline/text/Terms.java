package dev.storyline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Index terms for similarity: Lucene's English analysis (standard tokenizer, possessives, lower case,
 * stop words, Porter stemming), with Chinese, Japanese and Korean runs as overlapping character bigrams
 * (Lucene's CJK bigram filter). The standard tokenizer makes each ideograph a term of its own, and single
 * characters, shared by unrelated texts, made a poor measure of what two Chinese articles have in common;
 * "青河" and "大桥" say far more than "青", "河", "大", "桥". Text without those scripts gets exactly the
 * terms of {@link EnglishAnalyzer}. Text in another language Lucene has an analyzer for gets that language's
 * stop words and stemmer ({@link #of(String, String)}): "séisme" and "séismes" are one term, "le" and "de" none,
 * as "earthquake(s)" and "the" are in English. One analyzer per language serves all threads (Lucene reuses
 * components per thread).
 */
public final class Terms {
    private static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            // EnglishAnalyzer's chain, with the bigram filter before stop words and stemming, which leave it alone
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new CJKBigramFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };

    /** Lucene's analyzers for the major news languages other than English, by ISO 639-1 code. */
    private static final Map<String, Analyzer> OTHERS = Map.ofEntries(
            Map.entry("fr", new FrenchAnalyzer()), Map.entry("de", new GermanAnalyzer()),
            Map.entry("es", new SpanishAnalyzer()), Map.entry("it", new ItalianAnalyzer()),
            Map.entry("pt", new PortugueseAnalyzer()), Map.entry("ru", new RussianAnalyzer()),
            Map.entry("ar", new ArabicAnalyzer()), Map.entry("tr", new TurkishAnalyzer()),
            Map.entry("fa", new PersianAnalyzer()), Map.entry("el", new GreekAnalyzer()),
            Map.entry("nl", new DutchAnalyzer()), Map.entry("id", new IndonesianAnalyzer()),
            Map.entry("bg", new BulgarianAnalyzer()), Map.entry("ca", new CatalanAnalyzer()),
            Map.entry("ro", new RomanianAnalyzer()), Map.entry("sv", new SwedishAnalyzer()),
            Map.entry("da", new DanishAnalyzer()), Map.entry("no", new NorwegianAnalyzer()),
            Map.entry("fi", new FinnishAnalyzer()), Map.entry("hu", new HungarianAnalyzer()),
            Map.entry("cs", new CzechAnalyzer()), Map.entry("hi", new HindiAnalyzer()),
            Map.entry("th", new ThaiAnalyzer()));

    private Terms() {}

    /** The stop words of every language above, English's among them. */
    private static final java.util.Set<Object> STOP_WORDS = allStopWords();

    private static java.util.Set<Object> allStopWords() {
        java.util.Set<Object> all = new java.util.HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> all.add(new String((char[]) w)));
        for (Analyzer a : OTHERS.values()) {
            if (a instanceof org.apache.lucene.analysis.StopwordAnalyzerBase base) {
                base.getStopwordSet().forEach(w -> all.add(new String((char[]) w)));
            }
        }
        return java.util.Set.copyOf(all);
    }

    /** Whether a lower-case word is a stop word of English or of any language analysed here ("the", "les", "die"). */
    public static boolean isStopWord(String lowerCase) {
        return STOP_WORDS.contains(lowerCase);
    }

    /** The languages other than English that get their own analysis, by ISO 639-1 code, in code order. */
    public static java.util.SortedSet<String> languages() {
        return new java.util.TreeSet<>(OTHERS.keySet());
    }

    /** Whether text in this language gets its own analysis, rather than the English chain. */
    public static boolean analyses(String language) {
        return language != null && OTHERS.containsKey(language);
    }

    /**
     * The analysed terms of a text in the given language: that language's Lucene analyzer where there is one,
     * the English chain (with CJK bigrams) otherwise, and for English, Chinese, Japanese, Korean and unknown text.
     */
    public static List<String> of(String text, String language) {
        Analyzer a = language == null ? null : OTHERS.get(language);
        return a == null ? of(text) : terms(a, text);
    }

    /** The analyzer behind {@link #of}, for a search index that must find what the pipeline compares. */
    public static Analyzer analyzer() {
        return ENGLISH;
    }

    /** The analysed terms of a text, in text order, repeats kept. */
    public static List<String> of(String text) {
        return terms(ENGLISH, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return terms;
    }
}
