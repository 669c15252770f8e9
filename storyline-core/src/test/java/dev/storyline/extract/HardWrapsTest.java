package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HardWrapsTest {
    private static final String WRAPPED = String.join("\n",
            "By Ana Ruiz",
            "VELMORE, Westland, March 12 The old river bridge at",
            "Velmore collapsed on Tuesday evening, injuring fourteen",
            "people, the city's fire service said in a statement.",
            "Rescue boats searched the water below the fallen span for",
            "hours, and divers were called in from the coast after two",
            "cars were seen to go over the edge, officials said.",
            "* Council postponed repairs twice for lack of money, the",
            "mayor's office says",
            "The bridge, built in 1931, had been due for repairs that",
            "the council postponed twice for lack of money.");

    @Test
    void wrappedParagraphsAreJoinedBackAndBulletsAndBylinesStartTheirOwn() {
        assertThat(HardWraps.unwrap(WRAPPED).split("\n")).containsExactly(
                "By Ana Ruiz",
                "VELMORE, Westland, March 12 The old river bridge at Velmore collapsed on Tuesday evening, injuring fourteen "
                        + "people, the city's fire service said in a statement.",
                "Rescue boats searched the water below the fallen span for hours, and divers were called in from the coast "
                        + "after two cars were seen to go over the edge, officials said.",
                "* Council postponed repairs twice for lack of money, the mayor's office says",
                "The bridge, built in 1931, had been due for repairs that the council postponed twice for lack of money.");
    }

    @Test
    void aPageOfWholeParagraphsIsLeftAsItIs() {
        List<String> lines = List.of(
                "Bridge collapses in Velmore",
                "The old river bridge at Velmore collapsed on Tuesday evening, injuring fourteen people, the city's fire service said.",
                "",
                "Rescue boats searched the water below the fallen span for hours.",
                "Share this article",
                "Related: Council budget vote delayed again");
        assertThat(HardWraps.unwrap(lines)).isSameAs(lines);
    }

    @Test
    void aFewShortLinesWithoutFullStopsAreNavigationNotWrapping() {
        List<String> lines = List.of("Home", "World news and analysis from our", "Sport results and fixtures for the",
                "Business and markets coverage from", "The old river bridge at Velmore collapsed on Tuesday evening.");
        assertThat(HardWraps.unwrap(lines)).isSameAs(lines);
    }
}
