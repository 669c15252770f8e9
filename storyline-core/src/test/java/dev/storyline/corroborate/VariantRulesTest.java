package dev.storyline.corroborate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When two values of one slot are a disagreement: tiny exact cases of each rule. */
class VariantRulesTest {
    private static final CorroborationSettings RULES = CorroborationSettings.DEFAULTS;

    @Test
    void countsWithinAnOrderOfMagnitudeSharesWithinFivePointsSpansWithinHalfAgain() {
        assertThat(RULES.sameMeasureReportedDifferently(null, 7000, 20000)).isTrue();
        assertThat(RULES.sameMeasureReportedDifferently(null, 6667, 220000)).isFalse();
        assertThat(RULES.sameMeasureReportedDifferently("%", 58.2, 57.6)).isTrue();
        // two candidates' shares of one vote are not two reports of one share
        assertThat(RULES.sameMeasureReportedDifferently("%", 58.2, 41.8)).isFalse();
        assertThat(RULES.sameMeasureReportedDifferently("second", 12, 13)).isTrue();
        assertThat(RULES.sameMeasureReportedDifferently("minute", 38, 90)).isFalse();
        // magnitudes by difference: two agencies' 7.8 and 7.4 of one quake; a 6.7 is another quake
        assertThat(RULES.sameMeasureReportedDifferently("magnitude", 7.8, 7.4)).isTrue();
        assertThat(RULES.sameMeasureReportedDifferently("magnitude", 7.8, 6.7)).isFalse();
    }

    @Test
    void aBoundOrAnApproximationAllowsTheOtherValue() {
        // a rising toll: "at least 30" is not contradicted by 63
        assertThat(RULES.compatible("at-least", 30, 63)).isTrue();
        assertThat(RULES.compatible("at-least", 20, 6)).isFalse();
        assertThat(RULES.compatible("up-to", 40, 22.5)).isTrue();
        assertThat(RULES.compatible("about", 126, 125.3)).isTrue();
        assertThat(RULES.compatible("about", 7000, 20000)).isFalse();
        assertThat(RULES.compatible("exact", 7.8, 7.4)).isFalse();
        // "about" reaches no further than a step of its last stated digit
        assertThat(RULES.compatible("about", 7000, 7300)).isTrue();
        assertThat(RULES.compatible("about", 65.5, 66.1)).isFalse();
        assertThat(RULES.compatible("about", 65.5, 65.55)).isTrue();
        assertThat(RULES.compatible("about", 9.75, 10)).as("about nine hours and 45 minutes is not ten hours").isFalse();
        assertThat(CorroborationSettings.lastDigitStep(7000)).isEqualTo(1000);
        assertThat(CorroborationSettings.lastDigitStep(9.75)).isEqualTo(0.01);
    }

    @Test
    void theSettingsCheckTheirRangesAndCarryTheRules() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorroborationSettings(0.25, 0.5, 6, 0.5, 5, 1.5, 0.9, 0.05, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corroborate.maxCountRatio");
        CorroborationSettings strict = new CorroborationSettings(0.25, 0.5, 6, 2, 5, 1.5, 0.9, 0.05, 2);
        assertThat(strict.sameMeasureReportedDifferently(null, 7000, 20000)).as("under a ratio of 2, another count").isFalse();
    }
}
