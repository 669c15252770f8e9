package dev.storyline.extract;

import dev.storyline.domain.BodySource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.storyline.extract.HtmlPageTest.P1;
import static dev.storyline.extract.HtmlPageTest.P2;
import static dev.storyline.extract.HtmlPageTest.P3;
import static dev.storyline.extract.HtmlPageTest.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which candidate a page's text comes from, on tiny pages written for each kind of failure the scored block alone
 * has: a table it cannot score, a teaser in the page's data, a lost half of a review, a block of comments.
 */
class MainTextTest {
    /** Paragraphs long enough to score and to count as prose. */
    static final String P4 = "Residents said the closure had cut the market's takings by a third, and several stalls had shut for good.";
    static final String P5 = "The council has promised a second crossing, though no money for it has yet been set aside in the budget.";

    static List<MainText.Body> bodies(String body) {
        return tried(HtmlPage.read(page(body), null, ExtractionSettings.DEFAULTS).bodies());
    }

    /** The candidates as the extractor tries them. */
    static List<MainText.Body> tried(List<MainText.Body> all) {
        List<MainText.Body> out = new java.util.ArrayList<>();
        MainText.distinct(all).forEach(out::add);
        return out;
    }

    /** {@code n} sentences of words made from {@code word} alone, so two texts share no words unless meant to. */
    static String sentences(int n, String word) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(i).append('a');
            for (char c = 'b'; c <= 'i'; c++) b.append(c == 'e' ? ", " : " ").append(word).append(i).append(c);
            b.append(". ");
        }
        return b.toString().strip();
    }

    @Test
    void aDeclaredBodyWithATableTheScorerMissesWins() {
        List<MainText.Body> b = bodies("<div class='main'><div itemprop='articleBody'><p>" + P1 + "</p>"
                + "<table><tr><td>Pos.</td><td>Driver</td><td>Points</td></tr><tr><td>1</td><td>K. Busch</td><td>2400</td></tr>"
                + "<tr><td>2</td><td>D. Hamlin</td><td>2380</td></tr><tr><td>3</td><td>M. Truex</td><td>2360</td></tr></table>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(b.get(0).source()).isEqualTo(BodySource.DECLARED_BODY);
        assertThat(b.get(0).lines()).containsExactly(P1, "Pos. Driver Points", "1 K. Busch 2400", "2 D. Hamlin 2380",
                "3 M. Truex 2360", P2, P3);
    }

    @Test
    void aDeclaredTeaserFarSmallerThanTheBlockDoesNot() {
        List<MainText.Body> b = bodies("<div itemprop='articleBody'><p>Bridge to reopen.</p></div>"
                + "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
        assertThat(b.get(0).source()).isEqualTo(BodySource.SCORED_BLOCK);
        assertThat(b.get(0).lines()).containsExactly(P1, P2, P3);
    }

    @Test
    void aJsonLdTeaserTheBlockHoldsChangesNothing() {
        String teaser = P1 + " " + P2 + " " + sentences(3, "pier");
        List<MainText.Body> b = bodies(jsonLd(teaser + "&hellip;") + "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + sentences(3, "pier") + "</p><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P5 + "</p></div>");
        assertThat(b.get(0).source()).isEqualTo(BodySource.SCORED_BLOCK);
    }

    @Test
    void aJsonLdBodyNoBlockHoldsIsTheTextWithItsCharacterReferencesDecoded() {
        String full = "The council&apos;s plan. " + sentences(12, "bridge");
        // the page shows only a thread of comments the scorer takes for prose; the story is in the page's data alone
        List<MainText.Body> b = bodies(jsonLd(full) + "<div class='thread'><p>" + sentences(4, "reader") + "</p><p>"
                + sentences(4, "visitor") + "</p></div>");
        assertThat(b.get(0).source()).isEqualTo(BodySource.JSON_LD_BODY);
        assertThat(b.get(0).lines()).containsExactly("The council's plan. " + sentences(12, "bridge"));
    }

    /**
     * A review whose lead has the commas and whose body is many plain paragraphs, each wrapped for an advert slot, both
     * two levels under the article: the lead outscores the body, and no sibling of it holds the body's score.
     */
    /** A plain sentence of the review's body, no commas. */
    static String plain(int i) {
        return sentences(1, "scene" + (char) ('a' + i)).replace(",", "");
    }

    static String review(String head) {
        StringBuilder body = new StringBuilder("<div class='content'><div class='inner'>");
        for (int i = 0; i < 16; i++) body.append("<div class='para'><p>").append(plain(i)).append("</p></div>");
        return head + "<article><div class='top'><div class='intro'><p>" + P1 + " Rain, wind, sleet, hail, snow, fog, and ice.</p><p>" + P2
                + " Bread, milk, eggs, salt, tea, rice, and oil.</p></div></div>" + body + "</div></div></article>";
    }

    @Test
    void anArticleElementWhoseProseTheBlockHoldsLittleOfWins() {
        List<MainText.Body> b = bodies(review(""));
        assertThat(b.get(0).source()).isEqualTo(BodySource.ARTICLE_ELEMENT);
        assertThat(b.get(0).lines()).hasSize(18).contains(plain(15));
        assertThat(b.get(1).source()).as("the scored block stays a fallback").isEqualTo(BodySource.SCORED_BLOCK);
        assertThat(b.get(1).lines()).hasSize(2);
    }

    @Test
    void aJsonLdBodyHeldByTheArticleElementMakesThatTheText() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 16; i++) all.append(plain(i)).append(' ');
        // with a far larger threshold the article rule stays silent; the JSON-LD body still finds the article
        ExtractionSettings strict = new ExtractionSettings(150, 0.5, 100_000, 50, 0.8);
        List<MainText.Body> b = tried(HtmlPage.read(page(review(jsonLd(all.toString().strip()))), null, strict).bodies());
        assertThat(b.get(0).source()).isEqualTo(BodySource.ARTICLE_ELEMENT);
        assertThat(tried(HtmlPage.read(page(review("")), null, strict).bodies()).get(0).source()).isEqualTo(BodySource.SCORED_BLOCK);
    }

    @Test
    void aBlockOfTeasersOutscoringAShortPostLosesToThePagesOnlyArticle() {
        String teaser = "<p>" + P3 + " Rain, wind, sleet, hail, and snow.</p><p>" + P4 + " Bread, milk, eggs, salt, and tea.</p><p>"
                + P5 + " Oak, ash, elm, yew, and fir.</p>";
        String teasers = "<div class='teasers'>" + teaser.repeat(4) + "</div>";
        List<MainText.Body> b = bodies("<article><h1>Bridge to reopen</h1><p>" + P1 + " " + P2 + "</p></article>" + teasers);
        assertThat(b.get(0).source()).isEqualTo(BodySource.ARTICLE_ELEMENT);
        assertThat(b.get(0).lines()).containsExactly("Bridge to reopen", P1 + " " + P2);
    }

    @Test
    void aPageWhereNothingScoresIsReadFromItsArticleNotWhole() {
        List<MainText.Body> b = bodies("<div class='banner'><span>Subscribe today for the full story and much more</span></div>"
                + "<article><div><span>" + P1 + "</span> <span>" + P2 + "</span></div></article>");
        assertThat(b.get(0).source()).isEqualTo(BodySource.ARTICLE_ELEMENT);
        assertThat(String.join(" ", b.get(0).lines())).doesNotContain("Subscribe");
    }

    @Test
    void aStandfirstAndBylineAroundAShortBlockAreNoLostHalf() {
        List<MainText.Body> b = bodies("<article><h1>Bridge to reopen next month</h1><p class='dek'>Repairs are nearly done, "
                + "the ministry says.</p><span>By A. Writer, 2 March</span><div class='story'><p>" + P1 + "</p><p>" + P2
                + "</p></div></article>");
        assertThat(b.get(0).source()).isEqualTo(BodySource.SCORED_BLOCK);
    }

    @Test
    void everyPageEndsWithItsProseParagraphsAsTheLastResort() {
        List<MainText.Body> b = HtmlPage.read(page("<div class='story'><p>" + P1 + "</p></div><ul><li><a href='/a'>" + P2
                + "</a></li></ul>"), null, ExtractionSettings.DEFAULTS).bodies();
        assertThat(tried(b)).as("the same lines are cleaned once").hasSize(1);
        assertThat(b.get(b.size() - 1).source()).isEqualTo(BodySource.PAGE_PARAGRAPHS);
        assertThat(b.get(b.size() - 1).lines()).containsExactly(P1);
    }

    @Test
    void agreementAndCoverageCountWords() {
        assertThat(MainText.agreement("a b c d", "a b c d")).isEqualTo(1.0);
        assertThat(MainText.agreement("a b", "c d")).isEqualTo(0.0);
        assertThat(MainText.agreement("a b c d", "a b")).isCloseTo(2.0 * 2 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MainText.coverage("A b", "x a y b z")).isEqualTo(1.0);
        assertThat(MainText.coverage("a a b b", "a b")).isEqualTo(0.5);
        assertThat(MainText.coverage("", "a")).isEqualTo(0.0);
    }

    private static String jsonLd(String body) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}</script>";
    }
}
