package dev.storyline.timeline;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatingTest {
    static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);

    private static AnalyzedArticle article(String id, String lead, PublicationDate eventDate) {
        Article a = new Article(id, id, null, "Bridge collapse", null, null, null, List.of(), lead, List.of(), id, eventDate);
        return new AnalyzedArticle(a, List.of("bridge"), List.of(new Sentence(id, 0, 0, lead.length(), lead, List.of())));
    }

    private static PublicationDate on(LocalDate d, double confidence) {
        return new PublicationDate(d, "published", confidence);
    }

    @Test
    void theStoryDayIsTheOneItsDatedMembersGiveAndAnUndatedMemberTakesIt() {
        EventDating.Dates d = EventDating.date(List.of(
                article("a", "The span fell.", on(TUESDAY, 0.9)),
                article("b", "The span fell.", on(TUESDAY, 0.8)),
                article("c", "The span fell.", on(TUESDAY.plusDays(5), 0.45)),
                article("d", "Divers searched the harbour.", null)), 0.4);
        assertThat(d.story().date()).isEqualTo(TUESDAY);
        assertThat(d.story().basis()).isEqualTo("story (3 of 4 articles dated)");
        assertThat(d.members()).extracting(PublicationDate::date)
                .containsExactly(TUESDAY, TUESDAY, TUESDAY.plusDays(5), TUESDAY);
        assertThat(d.members().get(3).basis()).isEqualTo("story");
        assertThat(d.members().get(3).confidence()).isLessThan(0.4);
    }

    @Test
    void anUndatedMembersWeekdayIsTakenNearTheStoryDay() {
        EventDating.Dates d = EventDating.date(List.of(
                article("a", "The span fell on Tuesday.", on(TUESDAY, 0.9)),
                article("b", "Divers resumed the search on Wednesday.", null),
                article("c", "The council had closed a lane on Saturday.", null)), 0.4);
        assertThat(d.members().get(1).date()).isEqualTo(TUESDAY.plusDays(1));
        assertThat(d.members().get(2).date()).isEqualTo(TUESDAY.minusDays(3));
    }

    @Test
    void weakDatesDoNotVoteAndAMonthThatDisagreesIsKept() {
        PublicationDate october = new PublicationDate(LocalDate.of(2015, 10, 1), "url", 0.55, DatePrecision.MONTH);
        EventDating.Dates d = EventDating.date(List.of(
                article("a", "x", on(TUESDAY, 0.3)),
                article("b", "x", on(TUESDAY, 0.9)),
                article("c", "x", october)), 0.4);
        assertThat(d.story().basis()).isEqualTo("story (1 of 3 articles dated)");
        assertThat(d.members().get(2)).isEqualTo(october);
        // no dated member: no story day, and undated members stay undated
        EventDating.Dates none = EventDating.date(List.of(article("x", "x", null)), 0.4);
        assertThat(none.story()).isNull();
        assertThat(none.members()).containsExactly((PublicationDate) null);
    }
}
