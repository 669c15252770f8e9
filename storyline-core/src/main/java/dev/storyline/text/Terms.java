package dev.storyline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Index terms for similarity: Lucene's English analysis (standard tokenizer, possessives, lower case,
 * stop words, Porter stemming). One analyzer serves all threads (Lucene reuses components per thread).
 */
public final class Terms {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Terms() {}

    /** The analysed terms of a text, in text order, repeats kept. */
    public static List<String> of(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
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
