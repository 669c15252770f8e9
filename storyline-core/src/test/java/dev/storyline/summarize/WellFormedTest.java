package dev.storyline.summarize;

import org.junit.jupiter.api.Test;

import static dev.storyline.summarize.WellFormed.Problem.DANGLING_WORD;
import static dev.storyline.summarize.WellFormed.Problem.MARKUP;
import static dev.storyline.summarize.WellFormed.Problem.NO_END;
import static dev.storyline.summarize.WellFormed.Problem.STARTS_IN_LOWER_CASE;
import static org.assertj.core.api.Assertions.assertThat;

/** What a published sentence must be, one problem at a time, on the failures issue 24 lists. */
class WellFormedTest {
    @Test
    void aSentenceAsWrittenPasses() {
        assertThat(WellFormed.problems("The council evacuated 4,500 residents, and schools stayed shut, officials said.")).isEmpty();
        assertThat(WellFormed.problems("“We pulled nine people out,” the chief said.")).isEmpty();
        assertThat(WellFormed.problems("Talks on tariffs, visas and so on continue.")).isEmpty();
    }

    @Test
    void aWordLeftHangingWhereACutTookItsNeighbour() {
        assertThat(WellFormed.problems("Repairs will start as soon as, and cost more than planned.")).containsExactly(DANGLING_WORD);
        assertThat(WellFormed.problems("Shops open on Saturday for and Sunday.")).containsExactly(DANGLING_WORD);
        assertThat(WellFormed.problems("The talks resume with the company, or.")).containsExactly(DANGLING_WORD);
        assertThat(WellFormed.where("Shops open on Saturday for and Sunday.", DANGLING_WORD)).isEqualTo("for and");
    }

    @Test
    void aFragmentMarkupAndNoEnd() {
        assertThat(WellFormed.problems("on Friday endorsed Vice President Al Gore for president.")).containsExactly(STARTS_IN_LOWER_CASE);
        assertThat(WellFormed.problems("The flight landed safely _ &LR; &LR; officials said.")).containsExactly(MARKUP);
        assertThat(WellFormed.problems("Notable deaths in 2022")).containsExactly(NO_END);
    }

    @Test
    void compressionThatWouldBreakASentenceIsNotApplied() {
        // the weekday cut would leave "as soon as, and": the sentence stays whole
        String s = "Work resumes as soon as Friday, and the bridge reopens in May.";
        assertThat(Compression.trim(s)).isEqualTo(s);
        // where the cut leaves a sentence, it is made
        assertThat(Compression.trim("The mayor said on Monday that the bridge would reopen.")).isEqualTo("The mayor said that the bridge would reopen.");
        // a piece that starts in lower case is no sentence to capitalise
        assertThat(Compression.trim("on Friday endorsed the plan, he said.")).isEqualTo("on Friday endorsed the plan, he said.");
    }
}
