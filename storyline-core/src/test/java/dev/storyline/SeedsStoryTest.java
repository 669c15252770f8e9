package dev.storyline;

import dev.storyline.domain.Article;
import dev.storyline.domain.Claim;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.SummarySentence;
import dev.storyline.domain.TimelineEvent;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2's "done when" on the five real seeds, through the whole pipeline. */
class SeedsStoryTest {
    static StoryRun run;
    static List<String> ids = new ArrayList<>();
    static Story june;

    @BeforeAll
    static void runSeeds() throws Exception {
        Storyline storyline = new Storyline(Settings.DEFAULTS);
        List<Article> articles = new ArrayList<>();
        for (Path seed : SharedData.seeds()) {
            Article a = storyline.extract(new RawDocument(seed.toString(), RawDocument.Format.TEXT, SharedData.read(seed), DocumentHints.NONE));
            articles.add(a);
            ids.add(a.id());
        }
        run = storyline.run(articles);
        june = run.stories().stream().filter(s -> s.articleIds().contains(ids.get(0))).findFirst().orElseThrow();
    }

    @Test
    void theFourJuneArticlesFormOneStoryAndTheOctoberOneAnotherInTheSameStoryline() {
        assertThat(june.articleIds()).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        Story october = run.stories().stream().filter(s -> s.articleIds().contains(ids.get(4))).findFirst().orElseThrow();
        assertThat(october.id()).isNotEqualTo(june.id());
        assertThat(october.storylineId()).isEqualTo(june.storylineId());
    }

    static Claim quantity(String value) {
        return june.claims().stream().filter(c -> c.kind().equals("quantity") && c.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void sevenThousandFightersHasFourArticlesAndOneIndependentOrigin() {
        Claim c = quantity("7000");
        assertThat(c.slot()).isEqualTo("fighter");
        assertThat(c.supportingArticleIds()).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        assertThat(c.origins()).singleElement().satisfies(o -> {
            assertThat(o.name()).contains("AFP");
            assertThat(o.named()).isFalse();
        });
        assertThat(c.singleUnnamedSource()).isTrue();
    }

    @Test
    void theGoalOfTenThousandMenHasFourArticlesAndOneOrigin() {
        Claim c = quantity("10000");
        assertThat(c.supportingArticleIds()).hasSize(4);
        assertThat(c.origins()).hasSize(1);
    }

    @Test
    void asSafirsTwentyThousandIsAVariantWithItsOwnOrigin() {
        Claim safir = quantity("20000");
        Claim afp = quantity("7000");
        assertThat(safir.origins()).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("As-Safir"));
        assertThat(safir.supportingArticleIds()).containsExactly(ids.get(3));
        assertThat(safir.variants()).contains(afp.id());
        assertThat(afp.variants()).contains(safir.id());
    }

    @Test
    void moreThan220000KilledIsFoundWithItsSupport() {
        Claim c = quantity("220000");
        assertThat(c.slot()).isEqualTo("people");
        assertThat(c.supportingArticleIds()).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        // AFP's background line in two articles sharing AFP copy: one origin, not each article's own reporting
        assertThat(c.origins()).hasSize(1);
    }

    @Test
    void whatHappenedIsTheFightersArrivingNotTheAnalystsBackground() {
        assertThat(june.summary().whatHappened().text()).contains("7,000").contains("fighters").doesNotContain("Analysts");
        assertThat(june.timeline()).as("the main event, dated").anySatisfy(t -> assertThat(t.text()).contains("fighters"));
        assertThat(june.timeline()).as("May is a month").anySatisfy(t -> {
            assertThat(t.date()).isEqualTo("2015-05");
            assertThat(t.text()).startsWith("May was the bloodiest month");
        });
    }

    @Test
    void theFallOfJisrAlShughurIsOnTheTimelineOn25April2015() {
        assertThat(june.timeline()).filteredOn(t -> t.date().equals("2015-04-25")).singleElement().satisfies(t -> {
            assertThat(t.text()).contains("Jisr");
            assertThat(t.articleIds()).contains(ids.get(0), ids.get(1));
        });
        assertThat(june.timeline()).extracting(TimelineEvent::date).isSorted();
    }

    @Test
    void everySummarySentenceCitesArticlesOfItsStory() {
        assertThat(june.summary().sentences()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (Story s : run.stories()) {
            for (SummarySentence ss : s.summary().sentences()) {
                assertThat(ss.citedArticleIds()).isNotEmpty();
                assertThat(s.articleIds()).containsAll(ss.citedArticleIds());
            }
        }
        assertThat(june.summary().headline()).isNotBlank();
        assertThat(june.summary().whatHappened()).isNotNull();
    }
}
