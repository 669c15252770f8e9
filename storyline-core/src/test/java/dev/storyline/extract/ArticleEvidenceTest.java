package dev.storyline.extract;

import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleEvidence;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.MetadataSource;
import dev.storyline.domain.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each source a headline, byline, outlet and language can come from, on the smallest page that has it. */
class ArticleEvidenceTest {
    private static final String PROSE = "Rescuers pulled 40 people from the rubble of the market on Tuesday, the city's fire "
            + "service said, as the search for the missing went on through the night and into the morning.";

    private static Article html(String head, String body, DocumentHints hints) throws ExtractionException {
        String page = "<html><head>" + head + "</head><body>" + body + "<article><p>" + PROSE + "</p><p>" + PROSE
                + "</p></article></body></html>";
        return ArticleExtractor.standard().extract(new RawDocument("t", RawDocument.Format.HTML, page, hints));
    }

    private static Article text(String content, DocumentHints hints) throws ExtractionException {
        return ArticleExtractor.standard().extract(new RawDocument("t", RawDocument.Format.TEXT, content, hints));
    }

    @Test
    void aPagesHeadlineSaysWhichMarkUpGaveIt() throws Exception {
        DocumentHints none = new DocumentHints("t", "https://news.example/a", null, null, null);
        assertThat(html("<meta property=\"og:title\" content=\"Market collapse: 40 rescued\"><title>Other | Site</title>",
                "<h1>Not this</h1>", none).evidence().headline()).isEqualTo(MetadataSource.OPEN_GRAPH);
        assertThat(html("<meta name=\"twitter:title\" content=\"Market collapse: 40 rescued\">", "", none).evidence().headline())
                .isEqualTo(MetadataSource.TWITTER_CARD);
        assertThat(html("<title>Other | Site</title>", "<h1>Market collapse: 40 rescued</h1>", none).evidence().headline())
                .isEqualTo(MetadataSource.H1);
        Article titled = html("<title>Market collapse: 40 rescued | News Example</title>", "", none);
        assertThat(titled.title()).isEqualTo("Market collapse: 40 rescued");
        assertThat(titled.evidence().headline()).isEqualTo(MetadataSource.TITLE_ELEMENT);
        assertThat(html("<title>Other</title>", "", new DocumentHints("t", null, "Market collapse: 40 rescued", null, null))
                .evidence().headline()).isEqualTo(MetadataSource.CONTAINER);
    }

    @Test
    void aHeadlineThatIsPageChromeGivesWayToTheFirstSentence() throws Exception {
        Article a = html("<meta property=\"og:title\" content=\"Subscribe to our newsletter and sign up\">", "",
                new DocumentHints("t", null, null, null, null));
        assertThat(a.title()).startsWith("Rescuers pulled 40 people");
        assertThat(a.evidence().headline()).isEqualTo(MetadataSource.FIRST_SENTENCE);
    }

    @Test
    void bylinesAndOutletsSayWhereTheyWereRead() throws Exception {
        DocumentHints url = new DocumentHints("t", "https://www.harbor-news.example/2024/a", null, null, null);
        Article meta = html("<meta name=\"author\" content=\"Dana Reyes\"><meta property=\"og:site_name\" content=\"Harbor News\">", "", url);
        assertThat(meta.evidence().byline()).isEqualTo(MetadataSource.META);
        assertThat(meta.evidence().outlet()).isEqualTo(MetadataSource.OPEN_GRAPH);
        assertThat(meta.evidence().language()).isEqualTo(MetadataSource.DETECTED);
        Article element = html("", "<span class=\"byline\">Dana Reyes</span>", url);
        assertThat(element.byline()).isEqualTo("Dana Reyes");
        assertThat(element.evidence().byline()).isEqualTo(MetadataSource.AUTHOR_ELEMENT);
        assertThat(element.evidence().outlet()).isEqualTo(MetadataSource.URL_HOST);

        Article plain = text("Market collapse: 40 rescued\nBy Dana Reyes\n\n" + PROSE, new DocumentHints("t", null, null, null, "Harbor News"));
        assertThat(plain.evidence()).isEqualTo(new ArticleEvidence(MetadataSource.TEXT_LINE, MetadataSource.TEXT_LINE,
                MetadataSource.CONTAINER, MetadataSource.DETECTED));
        Article bare = text("Market collapse: 40 rescued\n\n" + PROSE, DocumentHints.NONE);
        assertThat(bare.evidence().byline()).isNull();
        assertThat(bare.evidence().outlet()).isNull();
    }

    @Test
    void aLanguageTooShortToTellIsUndetermined() throws Exception {
        // a results table: a headline of numbers and a line of scores, under twenty letters in all
        Article a = text("Scores\n\n40-12, 33-10, 21-7, 14-3, 9-2, 18-16, 27-24 (final).", DocumentHints.NONE);
        assertThat(a.language()).isEqualTo("und");
        assertThat(a.evidence().language()).isEqualTo(MetadataSource.UNDETERMINED);
    }
}
