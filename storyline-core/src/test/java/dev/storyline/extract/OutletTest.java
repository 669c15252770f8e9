package dev.storyline.extract;

import dev.storyline.domain.Article;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outlet as the page names it: its masthead line, else its site; never "unknown" where either is there. */
class OutletTest {
    private static final String BODY = "About 3,000 residents were ordered to leave their homes on Wednesday as a wildfire spread, "
            + "the regional fire commander said.";

    private static Article extract(String url, String text) throws ExtractionException {
        return ArticleExtractor.standard().extract(new RawDocument("t", RawDocument.Format.TEXT, text,
                new DocumentHints("t", url, null, null, null)));
    }

    @Test
    void aMastheadLineUnderTheHeadlineIsTheOutletNotTheByline() throws Exception {
        Article a = extract(null, "Fire crews battle Tern Valley blaze\nBrinmoor Courier\n\n" + BODY);
        assertThat(a.outlet()).isEqualTo("Brinmoor Courier");
        assertThat(a.byline()).isNull();
    }

    @Test
    void aPageThatNamesNoOutletIsFromItsSite() throws Exception {
        assertThat(extract("https://www.valley-gazette.example/fire/2024/03/13/", "Fire crews battle blaze\n\n" + BODY).outlet())
                .isEqualTo("valley-gazette.example");
        assertThat(extract("file:///tmp/page.txt", "Fire crews battle blaze\n\n" + BODY).outlet()).isNull();
        assertThat(StandardArticleExtractor.host("not a url")).isNull();
        assertThat(StandardArticleExtractor.host("https://m.example.org/a")).isEqualTo("example.org");
    }
}
