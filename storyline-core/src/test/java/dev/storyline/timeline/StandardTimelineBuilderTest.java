package dev.storyline.timeline;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.TimelineEvent;
import dev.storyline.facts.FactExtractor;
import dev.storyline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandardTimelineBuilderTest {
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static AnalyzedArticle article(String id, LocalDate published, String text) {
        return TextAnalyzer.standard().analyze(new Article(id, id, null, "Rates", null, null, published, List.of(), text, List.of(), id));
    }

    private static List<TimelineEvent> timeline(List<PublicationDate> memberDates, AnalyzedArticle... articles) {
        FactExtractor facts = FactExtractor.standard();
        List<AnalyzedArticle> list = Arrays.asList(articles);
        StoryMaterial story = new StoryMaterial("s", "l", list, list.stream().map(facts::extract).toList(), List.of(), List.of());
        return TimelineBuilder.standard().build(story, memberDates);
    }

    @Test
    void theNewsOfThePublicationDayIsOnTheTimeline() {
        List<TimelineEvent> t = timeline(List.of(), article("a", THURSDAY,
                "The central bank raised its main rate to 5.25 percent on Thursday. Inflation reached 6.8 percent in February."));
        assertThat(t).extracting(TimelineEvent::date).containsExactly("2024-02", "2024-03-14");
    }

    @Test
    void anUndatedReportsWeekdayIsPlacedNearItsEventDay() {
        List<PublicationDate> days = new ArrayList<>();
        days.add(new PublicationDate(THURSDAY, "story", 0.35));
        List<TimelineEvent> t = timeline(days, article("a", null, "The central bank raised its main rate on Thursday, the governor said."));
        assertThat(t).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2024-03-14"));
        assertThat(timeline(List.of(), article("a", null, "The central bank raised its main rate on Thursday, the governor said.")))
                .as("no day to place it near").isEmpty();
    }

    @Test
    void aMonthInASentenceOutranksTheYearItFallsIn() {
        List<TimelineEvent> t = timeline(List.of(), article("a", LocalDate.of(2015, 6, 8),
                "May was the bloodiest month this year, with 6,667 people killed."));
        assertThat(t).extracting(TimelineEvent::date).containsExactly("2015-05");
    }
}
