package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterReferencesTest {
    @Test
    void knownReferencesBecomeTheirCharactersAndUnknownOnesGo() {
        assertThat(CharacterReferences.decode("AT&AMP;T and Procter &amp; Gamble said &#39;no&#39;.")).isEqualTo("AT&T and Procter & Gamble said 'no'.");
        assertThat(CharacterReferences.decode("The flight landed _ &LR; safely.")).isEqualTo("The flight landed _  safely.");
        // a bare ampersand is text
        assertThat(CharacterReferences.decode("R&D & sales")).isEqualTo("R&D & sales");
    }
}
