package dev.storyline.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Sentence;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences from OpenNLP's English model (UD EWT), split within lines so no sentence spans a paragraph
 * break, and after Chinese and Japanese full stops; terms from {@link Terms}, in the article's language. The
 * English model splits French, German, Spanish or Russian prose well enough at its full stops (what it learned
 * of abbreviations is English), so one model serves every alphabetic language. The model is loaded once; the detector is not thread-safe, so each
 * thread gets its own.
 */
final class StandardTextAnalyzer implements TextAnalyzer {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel MODEL = loadModel();

    private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    @Override
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : splitAtFullStops(line, joinAfterAbbreviations(line, detector.get().sentPosDetect(line)))) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    // trim whitespace the model may leave at the edges, so text equals the substring exactly
                    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
                    if (start < end) {
                        String s = text.substring(start, end);
                        sentences.add(new Sentence(article.id(), sentences.size(), start, end, s, Terms.of(s, article.language())));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedArticle(article, Terms.of(article.title(), article.language()), sentences);
    }

    /**
     * The UD model splits after titles and initials ("Maj. Gen. Qassem Soleimani", "George W. Bush"), which
     * news text is full of; a split is undone when the piece before it ends with such an abbreviation, or when the
     * piece after it begins in lower case ("Sen. Jack Reed, D-R.I. on Friday endorsed ...", "J.R. said"): a
     * sentence of a cased language never does.
     */
    static List<Span> joinAfterAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            if (!out.isEmpty() && (endsWithAbbreviation(line.substring(out.get(out.size() - 1).getStart(),
                    out.get(out.size() - 1).getEnd())) || startsInLowerCase(line.substring(span.getStart(), span.getEnd())))) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** A Chinese or Japanese sentence's end: an ideographic full stop, or a full-width "!" or "?", closing marks after. */
    private static final Pattern FULL_STOP = Pattern.compile("[。！？]+[」』”’）》〉)\"]*");

    /**
     * The English model knows no ideographic full stop, so a Chinese or Japanese paragraph came out as one
     * sentence, too long to summarise or cite; cut after each. Text without those marks is left as the model split it.
     */
    static List<Span> splitAtFullStops(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            Matcher m = FULL_STOP.matcher(line).region(span.getStart(), span.getEnd());
            while (m.find()) {
                if (m.end() < span.getEnd()) {
                    out.add(new Span(start, m.end()));
                    start = m.end();
                }
            }
            out.add(start == span.getStart() ? span : new Span(start, span.getEnd()));
        }
        return out;
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "sgt", "capt", "cpl", "adm", "cmdr", "brig",
            "gov", "sen", "rep", "rev", "fr", "st", "jr", "sr", "no", "vs", "mt", "ft", "pres", "sec", "amb", "hon",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec", "corp", "inc", "co", "ltd", "dept", "approx", "est");

    /** The first letter, after any quotation mark or bracket, is lower case ("on Friday", "“and then"). */
    static boolean startsInLowerCase(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }

    static boolean endsWithAbbreviation(String piece) {
        String s = piece.stripTrailing();
        if (!s.endsWith(".")) return false;
        int i = s.length() - 1;
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) i--;
        String word = s.substring(i, s.length() - 1);
        if (i > 0 && s.charAt(i - 1) == '.') return false; // "U.S." may well end a sentence
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial: "W."
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static SentenceModel loadModel() {
        try (InputStream in = StandardTextAnalyzer.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) throw new IllegalStateException("sentence model " + SENTENCE_MODEL + " not on the classpath");
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + SENTENCE_MODEL, e);
        }
    }
}
