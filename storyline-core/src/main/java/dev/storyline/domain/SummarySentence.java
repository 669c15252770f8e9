package dev.storyline.domain;

import java.util.List;

/** A summary sentence and the article sentences that carry it. */
public record SummarySentence(String text, List<Citation> citations) {
    public SummarySentence {
        citations = List.copyOf(citations);
    }

    public List<String> citedArticleIds() {
        return citations.stream().map(Citation::articleId).distinct().toList();
    }
}
