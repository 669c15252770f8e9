package dev.storyline.corroborate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When two values of one slot are a disagreement: tiny exact cases of each rule. */
class VariantRulesTest {
    @Test
    void countsWithinAnOrderOfMagnitudeSharesWithinFivePointsSpansWithinHalfAgain() {
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently(null, 7000, 20000)).isTrue();
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently(null, 6667, 220000)).isFalse();
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently("%", 58.2, 57.6)).isTrue();
        // two candidates' shares of one vote are not two reports of one share
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently("%", 58.2, 41.8)).isFalse();
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently("second", 12, 13)).isTrue();
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently("minute", 38, 90)).isFalse();
        // magnitudes by difference: two agencies' 7.8 and 7.4 of one quake; a 6.7 is another quake
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently("magnitude", 7.8, 7.4)).isTrue();
        assertThat(CorroborationSettings.DEFAULTS.sameMeasureReportedDifferently("magnitude", 7.8, 6.7)).isFalse();
    }

    @Test
    void aBoundOrAnApproximationAllowsTheOtherValue() {
        // a rising toll: "at least 30" is not contradicted by 63
        assertThat(CorroborationSettings.DEFAULTS.compatible("at-least", 30, 63)).isTrue();
        assertThat(CorroborationSettings.DEFAULTS.compatible("at-least", 20, 6)).isFalse();
        assertThat(CorroborationSettings.DEFAULTS.compatible("up-to", 40, 22.5)).isTrue();
        assertThat(CorroborationSettings.DEFAULTS.compatible("about", 126, 125.3)).isTrue();
        assertThat(CorroborationSettings.DEFAULTS.compatible("about", 7000, 20000)).isFalse();
        assertThat(CorroborationSettings.DEFAULTS.compatible("exact", 7.8, 7.4)).isFalse();
    }

    @Test
    void theSettingsCheckTheirRangesAndCarryTheRules() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorroborationSettings(0.25, 0.5, 6, 0.5, 5, 1.5, 0.9, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corroborate.maxCountRatio");
        CorroborationSettings strict = new CorroborationSettings(0.25, 0.5, 6, 2, 5, 1.5, 0.9, 0.05);
        assertThat(strict.sameMeasureReportedDifferently(null, 7000, 20000)).as("under a ratio of 2, another count").isFalse();
    }
}
