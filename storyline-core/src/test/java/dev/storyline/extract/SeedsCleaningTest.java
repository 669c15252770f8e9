package dev.storyline.extract;

import dev.storyline.SharedData;
import dev.storyline.domain.Article;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Removal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2 on the five real seeds: every named kind of boilerplate goes, every article sentence stays. */
class SeedsCleaningTest {
    static final List<String> BOILERPLATE = List.of("2 min read", "Related Articles", "Back to top button",
            "Read More:", "Leave a comment", "7 − 2 =", "Short link", "follow us on Twitter", "directly to your inbox",
            "Editors Choice", "Also in World News", "[Getty]", "(AP)", "[AFP]", "File photo", "Repowering by",
            "Source: ARA News", "Online Editors");

    static List<Article> articles = new ArrayList<>();
    static List<String> raw = new ArrayList<>();

    @BeforeAll
    static void extractSeeds() throws Exception {
        ArticleExtractor extractor = ArticleExtractor.standard();
        for (Path seed : SharedData.seeds()) {
            String content = SharedData.read(seed);
            raw.add(content);
            articles.add(extractor.extract(new RawDocument(seed.toString(), RawDocument.Format.TEXT, content, DocumentHints.NONE)));
        }
        assertThat(articles).hasSize(5);
    }

    @Test
    void noBoilerplateLeft() {
        for (Article a : articles) {
            for (String b : BOILERPLATE) assertThat(a.text()).as(a.source()).doesNotContain(b);
        }
    }

    @Test
    void theRepeatedHeadlineAndTheDoubledCaptionsAreRemovedOnce() {
        assertThat(articles.get(0).text()).doesNotContain("Iraqi, Iranian reinforcements for beleaguered Syrian regime");
        assertThat(articles.get(0).removed()).extracting(Removal::rule).contains("repeated-line", "reading-time", "caption");
        assertThat(articles.get(4).removed()).filteredOn(r -> r.text().startsWith("A Hezbollah fighter looks toward"))
                .extracting(Removal::rule).containsExactly("caption", "repeated-line");
    }

    @Test
    void everyArticleSentenceIsKept() {
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (String line : raw.get(i).split("\n")) {
                String s = line.strip();
                // article prose: long enough and ends like a sentence; boilerplate never does both
                if (s.split("\\s+").length >= 8 && s.matches(".*[.!?\"”]$") && BOILERPLATE.stream().noneMatch(s::contains)
                        && !s.equals(a.title())) {
                    // a pull quote goes while the paragraph that repeats it stays: compare words, not punctuation
                    assertThat(Lines.normalise(a.text())).as(a.source()).contains(Lines.normalise(s));
                }
            }
        }
    }

    @Test
    void metadataFromTheText() {
        assertThat(articles).extracting(Article::title).containsExactly(
                "Iraqi, Iranian reinforcements for beleaguered Syrian regime",
                "Security source: Iraq, Iran fighters deployed to defend Damascus",
                "Syrian regime 'boosted by thousands of foreign fighters'",
                "Iran will save Assad",
                "Iranian troops reportedly crossing into Syria to prop up Assad's regime");
        assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2015, 6, 8));
        assertThat(articles.get(3).outlet()).isEqualTo("ARA News");
        assertThat(articles.get(4).byline()).isEqualTo("David Kearns");
    }

    @Test
    void aPageHeaderDateThatContradictsTheContentIsNotThePublicationDate() {
        Article october = articles.get(4);
        assertThat(october.published()).isNull();
        assertThat(october.dates()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2018, 3, 23));
            assertThat(d.basis()).isEqualTo("page-header");
            assertThat(d.trusted()).isFalse();
        });
    }

    @Test
    void subheadingsInsideTheBodyStay() {
        assertThat(articles.get(2).text()).contains("Rebels battle IS");
    }
}
