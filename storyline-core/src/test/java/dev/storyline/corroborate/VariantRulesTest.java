package dev.storyline.corroborate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When two values of one slot are a disagreement: tiny exact cases of each rule. */
class VariantRulesTest {
    @Test
    void countsWithinAnOrderOfMagnitudeSharesWithinFivePointsSpansWithinHalfAgain() {
        assertThat(StandardCorroborator.sameMeasureReportedDifferently(null, 7000, 20000)).isTrue();
        assertThat(StandardCorroborator.sameMeasureReportedDifferently(null, 6667, 220000)).isFalse();
        assertThat(StandardCorroborator.sameMeasureReportedDifferently("%", 58.2, 57.6)).isTrue();
        // two candidates' shares of one vote are not two reports of one share
        assertThat(StandardCorroborator.sameMeasureReportedDifferently("%", 58.2, 41.8)).isFalse();
        assertThat(StandardCorroborator.sameMeasureReportedDifferently("second", 12, 13)).isTrue();
        assertThat(StandardCorroborator.sameMeasureReportedDifferently("minute", 38, 90)).isFalse();
        // magnitudes by difference: two agencies' 7.8 and 7.4 of one quake; a 6.7 is another quake
        assertThat(StandardCorroborator.sameMeasureReportedDifferently("magnitude", 7.8, 7.4)).isTrue();
        assertThat(StandardCorroborator.sameMeasureReportedDifferently("magnitude", 7.8, 6.7)).isFalse();
    }

    @Test
    void aBoundOrAnApproximationAllowsTheOtherValue() {
        // a rising toll: "at least 30" is not contradicted by 63
        assertThat(StandardCorroborator.compatible("at-least", 30, 63)).isTrue();
        assertThat(StandardCorroborator.compatible("at-least", 20, 6)).isFalse();
        assertThat(StandardCorroborator.compatible("up-to", 40, 22.5)).isTrue();
        assertThat(StandardCorroborator.compatible("about", 126, 125.3)).isTrue();
        assertThat(StandardCorroborator.compatible("about", 7000, 20000)).isFalse();
        assertThat(StandardCorroborator.compatible("exact", 7.8, 7.4)).isFalse();
    }
}
