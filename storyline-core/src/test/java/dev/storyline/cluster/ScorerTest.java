package dev.storyline.cluster;

import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signals of one article against one story, in the lexical-only mode so every figure is by hand. */
class ScorerTest {
    static final LocalDate DAY = LocalDate.of(2015, 6, 8);
    static final ClusterSettings LEXICAL = ClusterSettings.builder().embeddings(false).entityWeight(0.0).windowDays(30)
            .textWeight(0.55).embeddingWeight(0.45).undatedFactor(0.9).build();

    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final Scorer scorer = new Scorer(LEXICAL);

    private StoryState story() {
        StoryState s = new StoryState("s", "s", 0);
        s.profile.add("p", new Features(Map.of("quake", 1.0), Map.of(), null, on(DAY)), DAY);
        storyOfArticle.put("p", s);
        return s;
    }

    private static PublicationDate on(LocalDate d) {
        return new PublicationDate(d, "published", 0.9);
    }

    private static Features quake(LocalDate d) {
        return new Features(Map.of("quake", 1.0), Map.of(), null, d == null ? null : on(d));
    }

    @Test
    void textDampedByTheTimeGap() {
        Scorer.Signals s = scorer.story(story(), quake(DAY.plusDays(15)), Copies.judged(Map.of()));
        // without an embedding text carries both weights: (0.55 + 0.45) * 1, damped by 1 - 0.3 * 15/30
        assertThat(s).isEqualTo(new Scorer.Signals(0.85, 1.0, Double.NaN, Double.NaN, Double.NaN, 0.0, 0.85, 0.85));
        assertThat(s.live()).isTrue();
    }

    @Test
    void copiedTextCountsTwiceItsShareUpToOne() {
        StoryState story = story();
        Scorer.Signals s = scorer.story(story, new Features(Map.of("other", 1.0), Map.of(), null, on(DAY)), Copies.judged(Map.of(story, 0.3)));
        assertThat(s).isEqualTo(new Scorer.Signals(0.36, 0.0, Double.NaN, Double.NaN, Double.NaN, 0.3, 1.0, 0.36));
    }

    @Test
    void outOfTheWindowIsNotLiveAndNotDamped() {
        Scorer.Signals s = scorer.story(story(), quake(DAY.plusDays(31)), Copies.judged(Map.of()));
        assertThat(s.live()).isFalse();
        assertThat(s.score()).isEqualTo(1.0);
    }

    @Test
    void anUndatedArticleJoinsOnTheUndatedFactorAndAMonthCountsAsItsSpan() {
        assertThat(scorer.story(story(), quake(null), Copies.judged(Map.of()))).isEqualTo(new Scorer.Signals(0.9, 1.0, Double.NaN, Double.NaN, Double.NaN, 0.0, 0.9, 0.9));
        Features june = new Features(Map.of("quake", 1.0), Map.of(), null,
                new PublicationDate(LocalDate.of(2015, 6, 1), "url", 0.55, DatePrecision.MONTH));
        assertThat(scorer.story(story(), june, Copies.judged(Map.of())).time()).isEqualTo(1.0);
    }

    @Test
    void storiesWhoseEventDaysLieFurtherApartThanTheWindowAreApartInTime() {
        StoryState june = story();
        StoryState august = new StoryState("t", "t", 1);
        august.profile.add("r", quake(DAY.plusDays(61)), DAY.plusDays(61));
        StoryState undated = new StoryState("u", "u", 2);
        undated.profile.add("v", quake(null), null);
        assertThat(scorer.apartInTime(june, august)).isTrue();
        assertThat(scorer.apartInTime(june, undated)).isFalse();
    }

    @Test
    void aStorylineIsScoredWithoutTimeOrCopiesAndEntitiesShowWhenWeighted() {
        ClusterSettings named = LEXICAL.withEntityWeights(0.0, 0.5);
        Scorer withNames = new Scorer(named);
        StorylineState line = new StorylineState("l");
        line.profile.add("p", new Features(Map.of("quake", 1.0), Map.of("nepal", 1.0), null), DAY);
        Scorer.Signals s = withNames.storyline(line, new Features(Map.of("quake", 1.0), Map.of("nepal", 1.0), null));
        // (1 - 0.5) * (0.75 + 0.25) * text + 0.5 * entities
        assertThat(s).isEqualTo(new Scorer.Signals(1.0, 1.0, Double.NaN, 1.0, Double.NaN, 0.0, 1.0, 1.0));
    }

    @Test
    void aStoryInAnotherLanguageIsAlsoScoredByTheAnchorsSeenAcrossLanguagesTheBetterCounting() {
        Scorer scorer = new Scorer(LEXICAL.toBuilder().crossLanguageWeight(0.8).namesOnlyWeight(1.0).build());
        StoryState english = new StoryState("s", "s", 0);
        english.profile.add("p", new Features(Map.of("quake", 1.0), Map.of(), null, on(DAY), "en",
                Map.of("=izmir", 0.6, "#7.0", 0.8), Map.of(), Map.of()), DAY);
        Features french = new Features(Map.of("seism", 1.0), Map.of(), null, on(DAY), "fr",
                Map.of("=izmir", 0.6, "#7.0", 0.8), Map.of("=izmir", 0.6, "#7.0", 0.8), Map.of());
        Scorer.Signals s = scorer.story(english, french, Copies.judged(Map.of()));
        // no word in common; 0.8 * (0.6 * 0.6 + 0.8 * 0.8) from the two anchors English pages have had too
        assertThat(s).isEqualTo(new Scorer.Signals(0.8, 0.0, Double.NaN, Double.NaN, 0.8, 0.0, 1.0, 0.0));
        // a report with no words in English (no dictionary reads its language) has its anchors only: they count more
        Scorer namesOnly = new Scorer(LEXICAL.toBuilder().crossLanguageWeight(0.8).namesOnlyWeight(2.0).build());
        assertThat(namesOnly.story(english, french, Copies.judged(Map.of())).crossLanguage()).isEqualTo(1.6);
        Features glossed = new Features(Map.of("seism", 1.0), Map.of(), null, on(DAY), "fr",
                Map.of("=izmir", 0.6, "#7.0", 0.8), Map.of("=izmir", 0.6, "#7.0", 0.8), Map.of("earthquak", 1.0));
        assertThat(namesOnly.story(english, glossed, Copies.judged(Map.of())).crossLanguage()).isEqualTo(0.8);
        // one anchor in common is not enough: a day of the month is shared with any story
        Features oneShared = new Features(Map.of("seism", 1.0), Map.of(), null, on(DAY), "fr",
                Map.of("=izmir", 1.0), Map.of("=izmir", 1.0), Map.of());
        assertThat(scorer.story(english, oneShared, Copies.judged(Map.of())).crossLanguage()).isEqualTo(0.0);
        Features english2 = new Features(Map.of("quake", 1.0), Map.of(), null, on(DAY), "en",
                Map.of("=izmir", 1.0), Map.of(), Map.of());
        // a story in the article's own language is compared by its words alone
        assertThat(scorer.story(english, english2, Copies.judged(Map.of())).crossLanguage()).isNaN();
    }

    @Test
    void aStoryInAnotherLanguageIsAlsoScoredByItsWordsInEnglishTheBestCounting() {
        Scorer scorer = new Scorer(LEXICAL.toBuilder().crossLanguageWeight(0.8).glossWeight(2.0).build());
        StoryState english = new StoryState("s", "s", 0);
        Map<String, Double> words = Map.of("quake", 0.6, "dead", 0.8);
        english.profile.add("p", new Features(words, Map.of(), null, on(DAY), "en", Map.of(), Map.of(), words), DAY);
        // a French report: no word, no name in common; its glosses share "quake" with the story
        Features french = new Features(Map.of("seism", 1.0), Map.of(), null, on(DAY), "fr", Map.of(), Map.of(),
                Map.of("quake", 1.0));
        Scorer.Signals s = scorer.story(english, french, Copies.judged(Map.of()));
        // 2.0 * (1.0 * 0.6)
        assertThat(s.crossLanguage()).isEqualTo(1.2);
        assertThat(s.score()).isEqualTo(1.2);
        assertThat(s.words()).isEqualTo(0.0);
        // off: nothing but the (absent) anchors
        Scorer off = new Scorer(LEXICAL.toBuilder().crossLanguageWeight(0.8).glossWeight(0).build());
        assertThat(off.story(english, french, Copies.judged(Map.of())).crossLanguage()).isEqualTo(0.0);
    }
}
