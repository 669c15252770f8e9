package dev.storyline.extract;

import dev.storyline.domain.Article;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per kind of page chrome seen standing where a headline should be. */
class HeadlineTest {
    private static Article extract(String text) throws ExtractionException {
        return ArticleExtractor.standard().extract(new RawDocument("t", RawDocument.Format.TEXT, text,
                new DocumentHints("t", "https://news.example/a", null, null, "News Example")));
    }

    private static final String BODY = "Rescuers pulled 40 people from the rubble of the market on Tuesday, the city's fire "
            + "service said, as the search went on through the night.";

    @Test
    void aPromoWithAnEmojiIsNotTheHeadline() throws Exception {
        assertThat(extract("Start the day smarter ☀️ Notable deaths in 2022 ...\nMarket collapse: 40 rescued\n" + BODY).title())
                .isEqualTo("Market collapse: 40 rescued");
    }

    @Test
    void aThemePlaceholderIsNotTheHeadline() throws Exception {
        assertThat(extract("No Widgets found in the Sidebar\nMarket collapse: 40 rescued\n" + BODY).title())
                .isEqualTo("Market collapse: 40 rescued");
    }

    @Test
    void emptyLabelsAreNotTheHeadline() throws Exception {
        assertThat(extract("Online: | |\nMarket collapse: 40 rescued\n" + BODY).title()).isEqualTo("Market collapse: 40 rescued");
    }

    @Test
    void aCopyrightLineIsNotTheHeadline() throws Exception {
        assertThat(extract("© 2023 Example Public Radio\nMarket collapse: 40 rescued\n\nJune 12, 2018\n" + BODY).title())
                .isEqualTo("Market collapse: 40 rescued");
    }

    @Test
    void aOneParagraphArticleIsStoredWithItsFirstSentenceAsHeadline() throws Exception {
        Article a = extract("Derek Chauvin, a former police officer, has been sentenced to 22 years and six months in prison. "
                + "Delivering judgement on Friday, the presiding judge said the sentence was not based on public opinion.");
        assertThat(a.title()).isEqualTo("Derek Chauvin, a former police officer, has been sentenced to 22 years and six months in prison.");
        assertThat(a.text()).startsWith("Derek Chauvin, a former police officer");
    }

    @Test
    void aClickHereSentenceDoesNotBecomeTheDerivedHeadline() throws Exception {
        Article a = extract(" date 2022-04 Click here to read the full article. Emmanuel Macron has been re-elected for a second "
                + "term, beating Marine Le Pen with a projected 58.2% of the vote, according to the polling institute.");
        assertThat(a.title()).startsWith("Emmanuel Macron has been re-elected");
        assertThat(a.text()).doesNotStartWith("date");
    }

    @Test
    void aPageThatOpensWithACaptionKeepsItsArticle() throws Exception {
        Article a = extract("Rescue boats circle the fallen span [Ledger Photo]\n" + BODY);
        assertThat(a.text()).contains("Rescuers pulled 40 people");
    }

    @Test
    void aOneParagraphPageInAScriptWithoutCapitalsIsAnArticle() throws Exception {
        // invented Arabic prose, cut mid-word as scrapers leave it: sentences end with a full stop, none with a capital after
        String sentence = "قال مسؤولون في المدينة إن الجسر القديم انهار مساء الثلاثاء وأصيب أربعة عشر شخصا. ";
        Article a = extract(sentence.repeat(4) + "وقال رئيس البلدية إن التحقيق سيبدأ غد");
        assertThat(a.text()).startsWith("قال مسؤولون");
    }

    @Test
    void aThousandWordsWithoutASentenceAreNoArticle() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> extract("word ".repeat(1000)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void aRealShortHeadlineStays() throws Exception {
        assertThat(extract("Market collapse: 40 rescued\n\n" + BODY).title()).isEqualTo("Market collapse: 40 rescued");
    }

    /** Invented wire copy, hard-wrapped at its column as an agency's text view serves it. */
    private static final String WRAPPED_WIRE = """
            (Repeats story published late Tuesday; no changes to text)
            * Span failed at its north pier, inspectors say, as
            traffic crossed
            By Ana Ruiz
            VELMORE, Westland, March 12 The old river bridge at
            Velmore collapsed on Tuesday evening, injuring fourteen
            people, the city's fire service said in a statement.
            Rescue boats searched the water below the fallen span for
            hours, and divers were called in from the coast after two
            cars were seen to go over the edge, officials said.
            The bridge, built in 1931, had been due for repairs that
            the council postponed twice for lack of money.
            """;

    @Test
    void anAgencyServiceNoteIsNotTheHeadline() throws Exception {
        assertThat(extract(WRAPPED_WIRE).title()).isEqualTo("Span failed at its north pier, inspectors say, as traffic crossed");
    }

    @Test
    void aBareDatelineIsNotTheHeadlineAndADerivedOneDropsIt() throws Exception {
        Article a = extract("| VELMORE, Westland, March 12\nVELMORE, Westland, March 12 The old river bridge at Velmore "
                + "collapsed on Tuesday evening, injuring fourteen people, the city's fire service said.");
        assertThat(a.title()).isEqualTo("The old river bridge at Velmore collapsed on Tuesday evening, injuring fourteen people, "
                + "the city's fire service said.");
    }

    @Test
    void aLoneLabelOrAPromoIsNotTheHeadline() throws Exception {
        assertThat(extract("Quote:\nMarket collapse: 40 rescued\n" + BODY).title()).isEqualTo("Market collapse: 40 rescued");
        assertThat(extract("Follow the latest news on the collapse on our partner's site\nMarket collapse: 40 rescued\n" + BODY)
                .title()).isEqualTo("Market collapse: 40 rescued");
    }

    @Test
    void aHeadlineTakenFromABulletListLosesItsMarker() throws Exception {
        assertThat(extract("- Market collapse: 40 rescued\n" + BODY).title()).isEqualTo("Market collapse: 40 rescued");
    }

    @Test
    void aShareBarASectionLabelOrAKickerIsNotTheHeadline() throws Exception {
        assertThat(extract("FacebookTwitterLinkedInWhatsAppCopy Site URL\nMarket collapse: 40 rescued\n" + BODY).title())
                .isEqualTo("Market collapse: 40 rescued");
        assertThat(extract("News\nAll 40 rescued from the market ??\n" + BODY).title()).isEqualTo("All 40 rescued from the market ??");
        assertThat(extract("MARKET COLLAPSE\nForty rescued as Velmore market falls\n" + BODY).title())
                .isEqualTo("Forty rescued as Velmore market falls");
        assertThat(extract("NO DEAL!\n" + BODY).title()).isEqualTo("NO DEAL!");
    }

    @Test
    void aCaptionOverTheTextIsNotTheHeadline() throws Exception {
        assertThat(extract("Rescuers and residents at the fallen market. Photo / AP\n" + BODY).title()).startsWith("Rescuers pulled 40 people");
        Article a = extract("TOPSHOT – Rescuers carry a survivor from the fallen market in Velmore on March 12, 2024, after the roof gave way "
                + "during the morning trade in the old town.\n" + BODY);
        assertThat(a.title()).startsWith("Rescuers pulled 40 people");
        assertThat(a.text()).doesNotContain("TOPSHOT");
        assertThat(extract("PHOTOS: Highlights of the market rescue in Velmore\n" + BODY).title())
                .isEqualTo("PHOTOS: Highlights of the market rescue in Velmore");
    }

    @Test
    void aHeadlineDropsStampsDatesAndLabelRowsBeforeIt() throws Exception {
        assertThat(extract("UPDATE (3/12/24 3:00 PM): Forty rescued from Velmore market\n" + BODY).title())
                .isEqualTo("Forty rescued from Velmore market");
        assertThat(extract("12.03.2024   Forty rescued from Velmore market\n" + BODY).title()).isEqualTo("Forty rescued from Velmore market");
        assertThat(extract("Velmore, Westland | THE LEDGER | " + BODY).title()).startsWith("Rescuers pulled 40 people");
        assertThat(extract("<!--:en-->Forty rescued from Velmore market<!--:-->\n" + BODY).title()).isEqualTo("Forty rescued from Velmore market");
    }

    @Test
    void aDerivedHeadlineDoesNotStopAtAnAbbreviation() throws Exception {
        assertThat(extract("U.S. envoys and Westland's ministers met in Velmore on Tuesday for talks on the fallen market bridge, "
                + "officials said, as rescuers searched the river.").title()).startsWith("U.S. envoys and Westland's ministers met");
    }
}
