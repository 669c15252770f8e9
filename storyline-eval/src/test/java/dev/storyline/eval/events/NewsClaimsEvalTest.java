package dev.storyline.eval.events;

import dev.storyline.domain.Claim;
import dev.storyline.domain.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewsClaimsEvalTest {
    private static Claim claim(String page, String span) {
        return new Claim("c", "quantity", span, "7000", "fighter", List.of(page), List.of(), List.of(),
                List.of(new Claim.Evidence(new Span(page, 0, 0, span.length(), span), "rule")), false);
    }

    @Test
    void aGoldQuoteMatchesAnEvidenceSpanOfItsPageThatHoldsMostOfItsWords() {
        var mention = new JudgedClaims.Mention("p1", "Around 7,000 Iranian and Iraqi fighters", "a Syrian security source", "AFP");
        assertThat(NewsClaimsEval.matches(claim("p1", "\"Around 7,000 Iranian and Iraqi fighters have arrived in Syria\""), mention)).isTrue();
        assertThat(NewsClaimsEval.matches(claim("p2", "Around 7,000 Iranian and Iraqi fighters have arrived"), mention)).isFalse();
        assertThat(NewsClaimsEval.matches(claim("p1", "The regime lost Idlib in March"), mention)).isFalse();
        // a span the quote holds, however short
        assertThat(NewsClaimsEval.matches(claim("p1", "7,000 Iranian"), mention)).isTrue();
    }

    @Test
    void aSourceMatchesWhenItSharesAWordBesidesFunctionWords() {
        assertThat(NewsClaimsEval.sharesWord("Syrian security source via AFP", "a Syrian security source")).isTrue();
        assertThat(NewsClaimsEval.sharesWord("the union", "the regional farmers' union")).isTrue();
        assertThat(NewsClaimsEval.sharesWord("The", "the Associated Press")).isFalse();
        assertThat(NewsClaimsEval.sharesWord(null, "AFP")).isFalse();
    }
}
