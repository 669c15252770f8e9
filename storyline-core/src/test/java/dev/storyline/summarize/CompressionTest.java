package dev.storyline.summarize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompressionTest {
    @Test
    void wireDatelinesGo() {
        assertThat(Compression.trim("DENVER (AP) -- The agency ordered Vail Resorts to restore the wetlands."))
                .isEqualTo("The agency ordered Vail Resorts to restore the wetlands.");
        assertThat(Compression.trim("BEIJING, March 16 (Xinhua) -- China will protect its wetlands."))
                .isEqualTo("China will protect its wetlands.");
        assertThat(Compression.trim("WASHINGTON _ The Senate passed the bill."))
                .isEqualTo("The Senate passed the bill.");
        // the splitter may cut "LITTLETON, Colo. (AP) --" after "Colo."
        assertThat(Compression.trim("(AP) -- The school board adopted 27 security measures."))
                .isEqualTo("The school board adopted 27 security measures.");
        // a dash inside a sentence is no dateline
        assertThat(Compression.trim("Clinton -- the president -- spoke."))
                .isEqualTo("Clinton -- the president -- spoke.");
        // web pages write theirs with a hyphen, an en dash or brackets
        assertThat(Compression.trim("SINGAPORE - US President Donald Trump said the summit went well."))
                .isEqualTo("US President Donald Trump said the summit went well.");
        assertThat(Compression.trim("[HANOI] The summit ended early."))
                .isEqualTo("The summit ended early.");
        assertThat(Compression.trim("NewsDesk(BBC)– A Malaysian airliner has crashed in Ukraine."))
                .isEqualTo("A Malaysian airliner has crashed in Ukraine.");
        assertThat(Compression.trim("US - China talks resumed."))
                .isEqualTo("US - China talks resumed.");
        assertThat(Compression.trim("The score was 2 - 1 at half time."))
                .isEqualTo("The score was 2 - 1 at half time.");
    }

    @Test
    void aClosingHeSaidGoesButWhoSaysSoStays() {
        assertThat(Compression.trim("The dam was built in 1950, he said."))
                .isEqualTo("The dam was built in 1950.");
        assertThat(Compression.trim("The dam will be repaired, said John Smith, a spokesman for the agency."))
                .isEqualTo("The dam will be repaired, said John Smith, a spokesman for the agency.");
        assertThat(Compression.trim("Ten people died, according to the forestry office."))
                .isEqualTo("Ten people died, according to the forestry office.");
        assertThat(Compression.trim("Ten people died, police said."))
                .isEqualTo("Ten people died, police said.");
        assertThat(Compression.trim("``The dam is safe,'' he said."))
                .isEqualTo("``The dam is safe,'' he said.");
    }

    @Test
    void bareWeekdaysGoDatedOnesStay() {
        assertThat(Compression.trim("The agency on Friday ordered a halt."))
                .isEqualTo("The agency ordered a halt.");
        assertThat(Compression.trim("Officials said Monday that the talks failed."))
                .isEqualTo("Officials said that the talks failed.");
        assertThat(Compression.trim("The talks failed last Friday."))
                .isEqualTo("The talks failed last Friday.");
        assertThat(Compression.trim("On Friday the fighters opened an offensive."))
                .isEqualTo("On Friday the fighters opened an offensive.");
        assertThat(Compression.trim("The storm hit on Friday night."))
                .isEqualTo("The storm hit on Friday night.");
    }
}
