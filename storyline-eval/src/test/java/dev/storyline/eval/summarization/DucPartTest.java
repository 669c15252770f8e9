package dev.storyline.eval.summarization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DucPartTest {
    @Test
    void oddTopicsTuneAndEvenTopicsReport() {
        assertThat(DucPart.of("D0601A")).isEqualTo(DucPart.TUNING);
        assertThat(DucPart.of("D0602B")).isEqualTo(DucPart.REPORTING);
        assertThat(DucPart.of("D0650E")).isEqualTo(DucPart.REPORTING);
        assertThatThrownBy(() -> DucPart.of("cluster")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meansArePerPart() {
        DucPart.Means means = new DucPart.Means();
        means.add("D0601A", 0.10);
        means.add("D0603C", 0.20);
        means.add("D0602B", 0.05);
        assertThat(means.mean(DucPart.TUNING)).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(means.count(DucPart.TUNING)).isEqualTo(2);
        assertThat(means.mean(DucPart.REPORTING)).isEqualTo(0.05);
        assertThat(new DucPart.Means().mean(DucPart.REPORTING)).isNaN();
        assertThat(means.cells()).containsExactly("0.1500 (2)", "0.0500 (1)");
        assertThat(new DucPart.Means().cells()).containsExactly("-", "-");
        assertThat(DucPart.columns("ROUGE-2 R"))
                .containsExactly("ROUGE-2 R, tuning part, odd topics", "ROUGE-2 R, reporting part, even topics");
    }
}
