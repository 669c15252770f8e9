package dev.storyline.extract;

import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateEvidenceTest {
    @Test
    void urlPathsGiveADayOrAMonth() {
        assertThat(DateEvidence.fromUrl("https://x.example/2015/04/25/quake-hits/")).extracting(PublicationDate::date)
                .containsExactly(LocalDate.of(2015, 4, 25));
        assertThat(DateEvidence.fromUrl("http://cn.example/article/crash-idCNL6N0PS5OS20140717").get(0).date())
                .isEqualTo(LocalDate.of(2014, 7, 17));
        assertThat(DateEvidence.fromUrl("https://www.example.com/en/france/20220424-live-results").get(0).date())
                .isEqualTo(LocalDate.of(2022, 4, 24));
        assertThat(DateEvidence.fromUrl("https://www.example.com/world/2015/jan/07/paris-attack").get(0).date())
                .isEqualTo(LocalDate.of(2015, 1, 7));
        assertThat(DateEvidence.fromUrl("https://example.org/human-world/turkey-syria-earthquake-february-6-2023/").get(0).date())
                .isEqualTo(LocalDate.of(2023, 2, 6));
        PublicationDate month = DateEvidence.fromUrl("https://blog.example.com/2012/07/atlas-and-cms.html").get(0);
        assertThat(month.date()).isEqualTo(LocalDate.of(2012, 7, 1));
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        // the host and query carry no date, and a number that is no calendar date is none
        assertThat(DateEvidence.fromUrl("https://www.example.com/news/913212-powerful-earthquake")).isEmpty();
        assertThat(DateEvidence.fromUrl("https://web.20150425.example/search?q=x")).isEmpty();
        assertThat(DateEvidence.fromUrl(null)).isEmpty();
    }

    @Test
    void aCrawlPrefixIsWeakEvidenceAndLeavesTheText() {
        PublicationDate d = DateEvidence.crawlPrefix(" date 2023-02-07 Rescuers raced Tuesday").orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 2, 7));
        assertThat(d.trusted()).isFalse();
        assertThat(DateEvidence.withoutCrawlPrefix(" date 2023-02-07 Rescuers raced Tuesday")).isEqualTo("Rescuers raced Tuesday");
        assertThat(DateEvidence.crawlPrefix(" date 2022-04 Click here").orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(DateEvidence.crawlPrefix("The date 2023-02-07 was")).isEmpty();
    }

    @Test
    void proseDatesSkipBackground() {
        assertThat(DateEvidence.inProse("Police said at least 12 were killed on Jan. 7, 2015 in Paris.", null, 300))
                .extracting(PublicationDate::date).containsExactly(LocalDate.of(2015, 1, 7));
        assertThat(DateEvidence.inProse("The crash on 17 July 2014 last year killed 298.", null, 300)).isEmpty();
        assertThat(DateEvidence.inProse("It has been closed since 3 March 2024.", null, 300)).isEmpty();
        // a month and day take the year the other evidence gives
        assertThat(DateEvidence.inProse("Talks began on June 12 in Singapore.", 2018, 300)).extracting(PublicationDate::date)
                .containsExactly(LocalDate.of(2018, 6, 12));
        assertThat(DateEvidence.inProse("Talks began on June 12 in Singapore.", null, 300)).isEmpty();
    }

    @Test
    void theEventDayIsTheLeadsWeekdayNearestThePublicationDay() {
        PublicationDate published = new PublicationDate(LocalDate.of(2024, 3, 13), "meta", 0.9); // a Wednesday
        assertThat(DateEvidence.eventDate(published, List.of(published), "The bridge fell on Tuesday evening.").date())
                .isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(DateEvidence.eventDate(published, List.of(published), "Residents left on Wednesday.").date())
                .isEqualTo(LocalDate.of(2024, 3, 13));
        // a crawl stamp a day early: "Thursday" is the next day, not six days back
        assertThat(DateEvidence.eventDate(published, List.of(published), "The summit ended on Thursday.").date())
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(DateEvidence.eventDate(published, List.of(published), "The fire broke out yesterday.").date())
                .isEqualTo(LocalDate.of(2024, 3, 12));
        PublicationDate plain = DateEvidence.eventDate(published, List.of(published), "The council met.");
        assertThat(plain.date()).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(plain.basis()).isEqualTo("published");
        assertThat(plain.confidence()).isEqualTo(0.9);
    }

    @Test
    void withoutAPublicationDayTheLatestProseDateThenAMonth() {
        PublicationDate a = new PublicationDate(LocalDate.of(2014, 7, 17), "text-date", 0.4);
        PublicationDate b = new PublicationDate(LocalDate.of(2015, 10, 13), "text-date", 0.4);
        PublicationDate month = new PublicationDate(LocalDate.of(2015, 10, 1), "url", 0.55, DatePrecision.MONTH);
        assertThat(DateEvidence.eventDate(null, List.of(month, a, b), "...").date()).isEqualTo(LocalDate.of(2015, 10, 13));
        assertThat(DateEvidence.eventDate(null, List.of(month), "...")).isEqualTo(month);
        assertThat(DateEvidence.eventDate(null, List.of(), "...")).isNull();
    }

    @Test
    void spansOfCoarseDatesAreApartOnlyWhenTheyDoNotOverlap() {
        LocalDate july = LocalDate.of(2012, 7, 1);
        assertThat(DatePrecision.gapDays(july, DatePrecision.MONTH, LocalDate.of(2012, 7, 4), DatePrecision.DAY)).isZero();
        assertThat(DatePrecision.gapDays(july, DatePrecision.MONTH, LocalDate.of(2012, 8, 4), DatePrecision.DAY)).isEqualTo(4);
        assertThat(DatePrecision.gapDays(LocalDate.of(2013, 10, 8), DatePrecision.DAY, july, DatePrecision.MONTH)).isEqualTo(434);
    }

    @Test
    void proseDatesAreJudgedByWhereAndHowTheyAreWritten() {
        String lead = "Published on 25 October 2013 in: News\nOn 8 October 2013, the Academy awarded the prize to two physicists.";
        assertThat(DateEvidence.inProse(lead, null, 300)).extracting(PublicationDate::basis, PublicationDate::date)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("stamp-in-text", LocalDate.of(2013, 10, 25)),
                        org.assertj.core.groups.Tuple.tuple("lead-date", LocalDate.of(2013, 10, 8)));
        String deep = "x".repeat(400) + " The blast, which occurred on Tuesday, August 4, 2020, flattened the port. "
                + "It recalled a fire on Friday, August 4, 2019.";
        assertThat(DateEvidence.inProse(deep, null, 300)).extracting(PublicationDate::basis)
                .containsExactly("weekday-date", "text-date"); // 4 August 2019 was a Sunday: no confirmed weekday
    }

    @Test
    void aDateTheLeadStatesIsTheEventsUnlessTheLeadsWeekdayDenies() {
        PublicationDate stamp = new PublicationDate(LocalDate.of(2013, 10, 25), "stamp-in-text", 0.5);
        PublicationDate stated = new PublicationDate(LocalDate.of(2013, 10, 8), "lead-date", 0.4);
        assertThat(DateEvidence.eventDate(stamp, List.of(stamp, stated), "On 8 October 2013, the Academy awarded the prize."))
                .isEqualTo(stated);
        // a report of Tuesday recalling a Thursday's crash: the crash's date is background, the weekday dates the report
        PublicationDate crash = new PublicationDate(LocalDate.of(2014, 7, 17), "lead-date", 0.4);
        PublicationDate crawl = new PublicationDate(LocalDate.of(2015, 10, 14), "crawl-date", 0.45);
        assertThat(DateEvidence.eventDate(crawl, List.of(crawl, crash),
                "The plane shot down on 17 July 2014 was hit by a Buk missile, the board said on Tuesday.").date())
                .isEqualTo(LocalDate.of(2015, 10, 13));
        PublicationDate later = new PublicationDate(LocalDate.of(2014, 7, 17), "text-date", 0.3);
        assertThat(DateEvidence.eventDate(null, List.of(later), "The board said on Tuesday the missile was a Buk.")).isNull();
    }

    @Test
    void aLeadsDateLongBeforeThePagesOwnDayIsRecalledAndYesterdayIsReadInTheLanguageOfThePage() {
        PublicationDate url = new PublicationDate(LocalDate.of(2015, 10, 14), "url", 0.6);
        PublicationDate crash = new PublicationDate(LocalDate.of(2014, 7, 17), "lead-date", 0.4);
        String french = "Les enquêteurs ont présenté hier leur rapport sur le Boeing abattu le 17 juillet 2014.";
        assertThat(DateEvidence.eventDate(url, List.of(url, crash), french, "fr"))
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2015, 10, 13)))
                .satisfies(d -> assertThat(d.basis()).isEqualTo("yesterday-in-lead"));
        // German "hier" is "here"; "gestern" is yesterday
        assertThat(DateEvidence.eventDate(url, List.of(url), "Die Ermittler sind hier.", "de").date()).isEqualTo(LocalDate.of(2015, 10, 14));
        assertThat(DateEvidence.eventDate(url, List.of(url), "Die Ermittler legten gestern den Bericht vor.", "de").date())
                .isEqualTo(LocalDate.of(2015, 10, 13));
        // within a month of the page's day, the lead's date is the news (a report two days after the event)
        PublicationDate recent = new PublicationDate(LocalDate.of(2015, 10, 12), "lead-date", 0.4);
        assertThat(DateEvidence.eventDate(url, List.of(url, recent), "On 12 October 2015 the board met.", "en")).isEqualTo(recent);
    }

    @Test
    void datesInOtherLanguagesAreReadAsTheEnglishOnesAre() {
        assertThat(DateText.find("Le pont a été inauguré le 17 juillet 2014 à Lyon.")).contains(java.time.LocalDate.of(2014, 7, 17));
        assertThat(DateText.find("Eröffnet am 17. Juli 2014 in Köln.")).contains(java.time.LocalDate.of(2014, 7, 17));
        assertThat(DateText.find("Se inauguró el 25 de junio de 2021.")).contains(java.time.LocalDate.of(2021, 6, 25));
        assertThat(DateText.find("Мост открыли 17 июля 2014 года.")).contains(java.time.LocalDate.of(2014, 7, 17));
        assertThat(DateText.find("Köprü 6 Şubat 2023 günü açıldı.")).contains(java.time.LocalDate.of(2023, 2, 6));
        assertThat(DateText.find("افتتح الجسر في 4 آب 2020")).contains(java.time.LocalDate.of(2020, 8, 4));
        assertThat(DateText.find("افتتح الجسر في 6 شباط/فبراير 2023")).contains(java.time.LocalDate.of(2023, 2, 6));
        assertThat(DateText.find("le 31 février 2015")).isEmpty();
    }

    @Test
    void aWeekdayOfAnotherLanguageConfirmsADateAndAYearHintDatesADayAndMonth() {
        assertThat(DateEvidence.inProse("Le pont a été inauguré jeudi 17 juillet 2014.", null, 300))
                .extracting(PublicationDate::basis).containsExactly("weekday-date");
        assertThat(DateEvidence.inProse("Le pont a été inauguré lundi 6 février.", 2023, 300))
                .extracting(PublicationDate::basis, PublicationDate::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weekday-date", java.time.LocalDate.of(2023, 2, 6)));
    }
}
