package dev.storyline.extract;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph's drop cap, set apart from its word by a flattened page, is joined back; one-letter words are not. */
class DropCapTest {
    @Test
    void aLetterThatIsNoWordIsJoinedToTheRestOfItsWord() {
        assertThat(StandardArticleExtractor.joinDropCap("P olice in Paris said at least 12 people were killed."))
                .isEqualTo("Police in Paris said at least 12 people were killed.");
        assertThat(StandardArticleExtractor.joinDropCap("T he ferry sank.")).isEqualTo("The ferry sank.");
    }

    @Test
    void oneLetterWordsAndInitialsStayAsTheyAre() {
        assertThat(StandardArticleExtractor.joinDropCap("A man was arrested.")).isEqualTo("A man was arrested.");
        assertThat(StandardArticleExtractor.joinDropCap("I think so, he said.")).isEqualTo("I think so, he said.");
        assertThat(StandardArticleExtractor.joinDropCap("W piątek rano doszło do wypadku.")).isEqualTo("W piątek rano doszło do wypadku.");
        assertThat(StandardArticleExtractor.joinDropCap("J. K. Rowling spoke.")).isEqualTo("J. K. Rowling spoke.");
        assertThat(StandardArticleExtractor.joinDropCap("Plan B is ready.")).isEqualTo("Plan B is ready.");
        assertThat(StandardArticleExtractor.joinDropCap("In Paris, P olice said.")).isEqualTo("In Paris, P olice said.");
    }

    @Test
    void theExtractedTextHasTheWordWhole() throws Exception {
        var article = ArticleExtractor.standard().extract(new RawDocument("t", RawDocument.Format.TEXT,
                "Gunmen attack weekly in Paris\n\nP olice in Paris said at least 12 people were killed on Wednesday when gunmen "
                        + "opened fire at the offices of a weekly.",
                new DocumentHints("t", null, null, null, null)));
        assertThat(article.text()).startsWith("Police in Paris said");
    }
}
