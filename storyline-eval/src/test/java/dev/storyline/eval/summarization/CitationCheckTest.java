package dev.storyline.eval.summarization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationCheckTest {
    @Test
    void everyCitationOfTheSamplesSummariesCarriesItsSentence() {
        CitationCheck.Result r = CitationCheck.run("samples/", CitationCheck.samples());
        assertThat(r.stories()).isGreaterThanOrEqualTo(3);
        assertThat(r.citations()).isGreaterThan(r.summarySentences());
        assertThat(r.inText()).isEqualTo(r.citations());
        assertThat(r.similar()).isEqualTo(r.citations());
    }
}
