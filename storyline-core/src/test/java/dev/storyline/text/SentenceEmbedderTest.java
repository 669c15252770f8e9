package dev.storyline.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SentenceEmbedderTest {
    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[][] v = SentenceEmbedder.get().embed(List.of(
                "Around 7,000 Iranian and Iraqi fighters have arrived in Damascus.",
                "About seven thousand fighters from Iran and Iraq reached the Syrian capital.",
                "The central bank raised interest rates by half a point."));
        assertThat(v[0]).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(SentenceEmbedder.cosine(v[0], v[0])).isCloseTo(1.0, within(1e-4));
        assertThat(SentenceEmbedder.cosine(v[0], v[1])).isGreaterThan(SentenceEmbedder.cosine(v[0], v[2]) + 0.3);
    }
}
