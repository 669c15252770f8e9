package dev.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractableTest {
    private static final Pattern NONE = Pattern.compile("^$x");

    @Test
    void newsSentencesPass() {
        assertThat(Extractable.check("The Bureau of Indian Affairs estimates that half the population lives in poverty.", NONE)).isTrue();
        assertThat(Extractable.check("Did the council approve the plan on time?", NONE)).isTrue();
    }

    @Test
    void wireFurnitureFragmentsAndLiftedQuotationsDoNot() {
        assertThat(Extractable.check("For Use By Clients of the New York Times News Service", NONE)).isFalse();
        assertThat(Extractable.check("The night news editor is Todd Duncan, 404-582-7282, tduncan(at)coxnews.com.", NONE)).isFalse();
        assertThat(Extractable.check("``I don't think it's going to stop,'' she said.", NONE)).isFalse();
        assertThat(Extractable.check("The accusation came as one of the state's largest growers, A.R.", NONE)).isFalse();
        assertThat(Extractable.check("The accusation came as one of the growers", NONE)).isFalse();
        assertThat(Extractable.check("Too short to say much.", NONE)).isFalse();
    }
}
