package dev.storyline.text;

import org.apache.lucene.analysis.Analyzer;
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

/**
 * Index terms for similarity: Lucene's English analysis (standard tokenizer, possessives, lower case,
 * stop words, Porter stemming), with Chinese, Japanese and Korean runs as overlapping character bigrams
 * (Lucene's CJK bigram filter). The standard tokenizer makes each ideograph a term of its own, and single
 * characters, shared by unrelated texts, made a poor measure of what two Chinese articles have in common;
 * "青河" and "大桥" say far more than "青", "河", "大", "桥". Text without those scripts gets exactly the
 * terms of {@link EnglishAnalyzer}. One analyzer serves all threads (Lucene reuses components per thread).
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

    private Terms() {}

    /** The analyzer behind {@link #of}, for a search index that must find what the pipeline compares. */
    public static Analyzer analyzer() {
        return ENGLISH;
    }

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
