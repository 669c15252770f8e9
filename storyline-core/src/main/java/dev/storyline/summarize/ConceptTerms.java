package dev.storyline.summarize;

import dev.storyline.text.Words;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The concepts of a sentence as Gillick and Favre define them: word bigrams of the running text, stop words
 * kept inside a bigram ("president of", "of iraq") but no bigram made of stop words only, words lower-cased,
 * reduced to letters and digits and Porter-stemmed. Unlike the index terms (stop words removed, so "bank of
 * england" and "bank in england" would share "bank england"), these follow the text as a reader and a
 * bigram-counting evaluation see it. Beside them, weaker concepts: word pairs with one to four words between
 * them ("~oil spill" from "oil tanker's spill"), which tell the same fact worded a little differently.
 *
 * <p>Chinese and Japanese put no space between words, and finding them takes a dictionary; each ideograph or kana
 * is a unit instead, so a run's concepts are its character bigrams, the unit that ROUGE for Chinese and Japanese
 * is often counted in where English counts word bigrams. A hiragana is taken as a stop word, as the
 * particles and verb endings written in it ("が", "した") are the function words of Japanese.
 *
 * <p>Other alphabets keep their words whole ("в москве", "대통령은 오늘"), accented letters included: before, only
 * a to z counted as letters, so a Russian, Greek, Arabic or Korean story had no concepts at all and its summary
 * fell back to the plain order. The stop words and the stemmer stay English: there every bigram is a concept.
 */
final class ConceptTerms {
    private ConceptTerms() {}

    private static final Analyzer STEM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new WhitespaceTokenizer();
            return new TokenStreamComponents(t, new PorterStemFilter(t));
        }
    };

    /** Function words (and "said", which news prose attaches to everything): a bigram of two of them is no concept. */
    static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few for "
            + "from further had has have having he her here hers herself him himself his how i if in into is it its itself "
            + "just me more most my myself no nor not now of off on once only or other our ours ourselves out over own "
            + "same she should so some such than that the their theirs them themselves then there these they this those "
            + "through to too under until up very was we were what when where which while who whom why will with would "
            + "you your yours yourself said says say told according mr mrs ms s t may might must shall").split(" "));

    /**
     * Lower-cased, stemmed words of letters and digits, and each ideograph and kana alone, in text order; a stop
     * word is marked with a leading "_". Stemming and stop words are English; other alphabets keep their words whole.
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // a word is a run of letters (with their combining marks) and digits, in any alphabet: "señor", "müller",
        // "москве", "대통령은" stay whole; ideographs and kana are words of one character
        String norm = lower.codePoints().anyMatch(Words::unspaced) ? eachCharacterAWord(lower)
                : lower.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ");
        List<String> out = new ArrayList<>();
        try (TokenStream stream = STEM.tokenStream("t", norm)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            int i = 0;
            String[] raw = norm.trim().split(" ");
            while (stream.incrementToken()) {
                String w = raw[i++];
                out.add(STOP.contains(w) || hiragana(w) ? "_" + term : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /** The text as {@code words} reads English, with each ideograph or kana a word of its own. */
    private static String eachCharacterAWord(String lower) {
        StringBuilder b = new StringBuilder(lower.length() * 2);
        lower.codePoints().forEach(cp -> {
            if (Words.unspaced(cp)) b.append(' ').appendCodePoint(cp).append(' ');
            else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) b.appendCodePoint(cp);
            else b.append(' ');
        });
        return b.toString().replaceAll(" +", " ");
    }

    private static boolean hiragana(String w) {
        // the first test settles every English word
        return w.charAt(0) >= 0x3040 && w.codePointCount(0, w.length()) == 1
                && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HIRAGANA;
    }

    /** Most words between the two of a skip pair: ROUGE-SU4's window, the evaluation DUC reports beside ROUGE-2. */
    static final int MAX_SKIP = 4;
    /**
     * What a skip pair weighs beside a bigram: many pairs only restate a sentence's bigrams, so they count less.
     * On DUC 2006 (R-2 / SU4 at 250 words, general summary, length power 0.5): without skip pairs 0.1054 / 0.1530,
     * 0.3: 0.1057 / 0.1568, 0.5: 0.1053 / 0.1576, 1: 0.1032 / 0.1563; 0.5 and length power 0.65: 0.1081 / 0.1586.
     * Pairs of two content words only did worse (0.1040 / 0.1540 at 1).
     */
    static final double SKIP_WEIGHT = 0.5;
    /** Marks a skip pair, so a concept says its kind. */
    static final String SKIP = "~";

    /** The sentence's concepts: its bigrams that hold at least one content word. */
    static Set<String> bigrams(String text) {
        return concepts(words(text), w -> true, false);
    }

    /** The bigrams and the skip pairs (one to {@link #MAX_SKIP} words between) that hold a content word. */
    static Set<String> concepts(String text) {
        return concepts(words(text), w -> true);
    }

    /** The concepts of a sentence's {@link #words} made of words that pass {@code frequent} only. */
    static Set<String> concepts(List<String> words, Predicate<String> frequent) {
        return concepts(words, frequent, true);
    }

    private static Set<String> concepts(List<String> w, Predicate<String> frequent, boolean skips) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < w.size(); i++) {
            String a = w.get(i);
            if (!frequent.test(a)) continue;
            for (int j = i + 1; j < w.size() && j - i - 1 <= (skips ? MAX_SKIP : 0); j++) {
                String b = w.get(j);
                if (a.startsWith("_") && b.startsWith("_") || !frequent.test(b)) continue;
                out.add((j == i + 1 ? "" : SKIP) + strip(a) + " " + strip(b));
            }
        }
        return out;
    }

    /** A concept's weight for its kind: 1 for a bigram, {@link #SKIP_WEIGHT} for a skip pair. */
    static double kindWeight(String concept) {
        return concept.startsWith(SKIP) ? SKIP_WEIGHT : 1;
    }

    /** The two words of a concept. */
    static String[] wordsOf(String concept) {
        return (concept.startsWith(SKIP) ? concept.substring(SKIP.length()) : concept).split(" ");
    }

    /** Content words only, stemmed: what a query's concepts are matched on. */
    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : words(text)) if (!w.startsWith("_")) out.add(w);
        return out;
    }

    private static String strip(String w) {
        return w.startsWith("_") ? w.substring(1) : w;
    }
}
