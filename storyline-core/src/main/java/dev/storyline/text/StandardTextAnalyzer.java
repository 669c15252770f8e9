package dev.storyline.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

// PLACEHOLDER: replaced by OpenNLP sentences + Lucene analysis.
final class StandardTextAnalyzer implements TextAnalyzer {
    @Override
    public AnalyzedArticle analyze(Article article) {
        List<Sentence> out = new ArrayList<>();
        String t = article.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n' || (t.charAt(i) == '.' && i + 1 < t.length() && t.charAt(i + 1) == ' ')) {
                int end = i < t.length() && t.charAt(i) == '.' ? i + 1 : i;
                String s = t.substring(start, end);
                if (!s.isBlank()) {
                    int lead = s.length() - s.stripLeading().length();
                    out.add(new Sentence(article.id(), out.size(), start + lead, end, s.strip(), terms(s)));
                }
                start = end;
            }
        }
        return new AnalyzedArticle(article, terms(article.title()), out);
    }

    static List<String> terms(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 2).toList();
    }
}
