package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterSettingsTest {
    @Test
    void builderStartsFromTheDefaultsAndWithersAgreeWithIt() {
        assertThat(ClusterSettings.builder().build()).isEqualTo(ClusterSettings.DEFAULTS);
        assertThat(ClusterSettings.DEFAULTS.withThresholds(0.6, 0.3))
                .isEqualTo(ClusterSettings.builder().threshold(0.6).storylineThreshold(0.3).build());
        assertThat(ClusterSettings.DEFAULTS.withAdoption(0.19, 10))
                .isEqualTo(new ClusterSettings(0.42, 0.20, 7, 0.55, 0.45, 0.6, 0.75, 0.19, 10, true, 60, 0.1, 0.0, 0.5, 0.4, 0.9, 0.2, 1.0,
                        ClusterSettings.DEFAULTS.glossWeight(),
                        ClusterSettings.DEFAULTS.crossLanguageLead(),
                        ClusterSettings.DEFAULTS.crossLanguageRivalSimilarity(),
                        ClusterSettings.DEFAULTS.namesOnlyWeight(),
                        ClusterSettings.DEBIAN_DICTIONARIES));
        assertThat(ClusterSettings.DEFAULTS.withTime(0.6, 0.8))
                .isEqualTo(ClusterSettings.builder().dateConfidence(0.6).undatedFactor(0.8).build());
        assertThat(ClusterSettings.DEFAULTS.withoutAdoption().adoptThreshold()).isEqualTo(2.0);
        ClusterSettings s = ClusterSettings.builder().windowDays(7).embeddings(false).mergeThreshold(0.7).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.withEntityWeights(0.2, 0.1).entityWeight()).isEqualTo(0.2);
        assertThat(s.withEntityWeights(0.2, 0.1).storylineEntityWeight()).isEqualTo(0.1);
    }

    @Test
    void builderChecksRangesAsTheConstructorDoes() {
        assertThatThrownBy(() -> ClusterSettings.builder().textWeight(1.5).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.builder().storylineThreshold(0.9).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.builder().undatedFactor(1.5).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.builder().namesOnlyWeight(0.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster.namesOnlyWeight");
    }
}
