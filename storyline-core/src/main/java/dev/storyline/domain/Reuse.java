package dev.storyline.domain;

import java.util.List;

/**
 * Text an article shares with an earlier one: wire copy, a reprinted quote, a near-duplicate.
 *
 * @param articleId       the later article
 * @param sourceArticleId the earlier article it shares text with
 * @param share           share of the later article's text found in the earlier one (0..1)
 * @param passages        the sentence pairs that match: {laterSentenceIndex, earlierSentenceIndex}
 */
public record Reuse(String articleId, String sourceArticleId, double share, List<SentencePair> passages) {
    public Reuse {
        passages = List.copyOf(passages);
    }

    public record SentencePair(int sentence, int sourceSentence, double similarity) {}
}
