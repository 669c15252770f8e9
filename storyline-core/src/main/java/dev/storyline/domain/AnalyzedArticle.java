package dev.storyline.domain;

import java.util.List;

/** An article split into sentences, with analysed terms for its title and its body. */
public record AnalyzedArticle(Article article, List<String> titleTerms, List<Sentence> sentences) {
    public AnalyzedArticle {
        titleTerms = List.copyOf(titleTerms);
        sentences = List.copyOf(sentences);
    }

    public String id() { return article.id(); }
}
