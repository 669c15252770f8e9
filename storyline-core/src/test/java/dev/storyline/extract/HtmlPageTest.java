package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page layouts the main-text scoring must read, each as a tiny page written for the test. */
class HtmlPageTest {
    static final String P1 = "The ministry said on Monday that the bridge would reopen to traffic next month, after repairs.";
    static final String P2 = "Engineers found cracks in two of the supporting piers during a routine inspection, officials said.";
    static final String P3 = "Traffic has been diverted through the old town since March, adding an hour to many commutes.";

    static String page(String body) {
        return "<html><head><title>Bridge to reopen</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + body + "<footer>Copyright 2024 The Ledger</footer></body></html>";
    }

    @Test
    void aFormWrappingTheWholePageIsNotTakenForASearchBox() {
        HtmlPage.Page p = HtmlPage.read(page("<form class='search'><input name='q'> Search the site</form>"
                + "<form id='aspnetForm'><article><p>" + P1 + "</p><p>" + P2 + "</p></article></form>"), null, ExtractionSettings.DEFAULTS);
        assertThat(p.lines()).containsExactly(P1, P2);
        assertThat(p.chrome()).anyMatch(c -> c.contains("Search the site"));
    }

    @Test
    void paragraphDivsAreParagraphs() {
        HtmlPage.Page p = HtmlPage.read(page("<section class='zn-body'><div class='zn-body__paragraph'>" + P1
                + " <a href='/x'>More</a></div><div class='zn-body__paragraph'>" + P2 + "</div></section>"), null, ExtractionSettings.DEFAULTS);
        assertThat(p.lines()).containsExactly(P1 + " More", P2);
    }

    @Test
    void proseWrittenWithoutParagraphsIsRead() {
        HtmlPage.Page p = HtmlPage.read(page("<section class='article-page'>" + P1 + "<br>" + P2 + "<h2>Next steps</h2>" + P3
                + "</section>"), null, ExtractionSettings.DEFAULTS);
        assertThat(p.lines()).containsExactly(P1, P2, "Next steps", P3);
    }

    @Test
    void aStorySplitIntoContainersOfOneKindAroundAVideoIsReadWhole() {
        HtmlPage.Page p = HtmlPage.read(page("<div class='wrap'><div class='post__section'><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<div class='video'><iframe src='x'></iframe><p>Watch: a short clip.</p></div>"
                + "<div class='more'><div class='post__section'><p>" + P3 + "</p></div></div>"), null, ExtractionSettings.DEFAULTS);
        assertThat(p.lines()).containsExactly(P1, P2, P3);
    }
}
