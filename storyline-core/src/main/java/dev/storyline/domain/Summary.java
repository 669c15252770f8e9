package dev.storyline.domain;

import java.util.List;

/**
 * What a story says.
 *
 * @param headline     one line
 * @param whatHappened one sentence, like a current-events entry
 * @param sentences    the extractive summary, each sentence with citations
 */
public record Summary(String headline, SummarySentence whatHappened, List<SummarySentence> sentences) {
    public Summary {
        sentences = List.copyOf(sentences);
    }
}
