package dev.storyline.summarize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The concepts of a sentence as Gillick and Favre define them: word bigrams of the running text, stop words
 * kept inside a bigram ("president of", "of iraq") but no bigram made of stop words only, words lower-cased,
 * reduced to letters and digits and Porter-stemmed. Unlike the index terms (stop words removed, so "bank of
 * england" and "bank in england" would share "bank england"), these follow the text as a reader and a
 * bigram-counting evaluation see it.
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

    /** Lower-cased, stemmed words of letters and digits, in text order; a stop word is marked with a leading "_". */
    static List<String> words(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ");
        List<String> out = new ArrayList<>();
        try (TokenStream stream = STEM.tokenStream("t", norm)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            int i = 0;
            String[] raw = norm.trim().split(" ");
            while (stream.incrementToken()) {
                String w = raw[i++];
                out.add(STOP.contains(w) ? "_" + term : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /** The sentence's concepts: its bigrams that hold at least one content word. */
    static Set<String> bigrams(String text) {
        List<String> w = words(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < w.size(); i++) {
            String a = w.get(i);
            String b = w.get(i + 1);
            if (a.startsWith("_") && b.startsWith("_")) continue;
            out.add(strip(a) + " " + strip(b));
        }
        return out;
    }

    /** Content words only, stemmed: what a query's concepts are matched on. */
    static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) if (!w.startsWith("_")) out.add(w);
        return out;
    }

    private static String strip(String w) {
        return w.startsWith("_") ? w.substring(1) : w;
    }
}
