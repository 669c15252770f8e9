package dev.storyline.corroborate;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Attribution;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.facts.QuantityExtractor;
import dev.storyline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandardCorroboratorTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private final Corroborator corroborator = Corroborator.standard();

    /** An analysed article a{n} with this text. */
    static AnalyzedArticle article(int n, String text) {
        return ANALYZER.analyze(new Article("a" + n, "test", null, "t" + n, null, null, null, List.of(), text, List.of(), "h" + n));
    }

    /**
     * The attribution a fact stage would report for "source cue content" in the article: the rules only know English
     * cues, so the facts of a Chinese article are written here as another extractor would give them.
     */
    static Attribution said(AnalyzedArticle article, String source, String cue, String content) {
        String text = article.article().text();
        Sentence s = article.sentences().stream().filter(x -> x.text().contains(content)).findFirst().orElseThrow();
        return new Attribution(span(article, s, text.indexOf(source, s.start()), source),
                span(article, s, text.indexOf(cue, s.start()), cue),
                span(article, s, text.indexOf(content, s.start()), content), List.of(source), true, "test");
    }

    private static Span span(AnalyzedArticle article, Sentence s, int start, String text) {
        return new Span(article.id(), s.index(), start, start + text.length(), text);
    }

    /** A story of these articles, each with the attributions listed for it (article, attribution, ...). */
    static StoryMaterial story(List<AnalyzedArticle> articles, List<List<Attribution>> attributions) {
        List<ArticleFacts> facts = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            facts.add(new ArticleFacts(articles.get(i).id(), List.of(), List.of(), List.of(), attributions.get(i)));
        }
        return new StoryMaterial("s1", "l1", articles, facts, List.of(), List.of());
    }

    /** A story of these articles with the facts the standard fact stage finds in them. */
    static StoryMaterial withFacts(List<AnalyzedArticle> articles) {
        dev.storyline.facts.FactExtractor facts = dev.storyline.facts.FactExtractor.standard();
        return new StoryMaterial("s1", "l1", articles, articles.stream().map(facts::extract).toList(), List.of(), List.of());
    }

    // an invented evacuation in an invented city, reported by two invented articles with the same figure
    static final AnalyzedArticle CHINESE_0 = article(0, "青河市昨日遭遇特大暴雨。市防汛指挥部说，全市已紧急转移居民两千三百人。");
    static final AnalyzedArticle CHINESE_1 = article(1, "受暴雨影响，青河市连夜组织撤离。市防汛指挥部表示，全市已紧急转移居民两千三百人。");
    static final String EVACUATED = "全市已紧急转移居民两千三百人"; // 14 ideographs: about 8 words

    @Test
    void aChineseStatementLongEnoughIsOneClaimOfBothArticles() {
        StoryMaterial story = story(List.of(CHINESE_0, CHINESE_1), List.of(
                List.of(said(CHINESE_0, "市防汛指挥部", "说", EVACUATED)),
                List.of(said(CHINESE_1, "市防汛指挥部", "表示", EVACUATED))));

        List<Claim> claims = corroborator.corroborate(story);

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("statement");
            assertThat(c.value()).isEqualTo(EVACUATED);
            assertThat(c.supportingArticleIds()).containsExactly("a0", "a1");
            assertThat(c.evidence()).extracting(e -> e.span().text()).containsExactly(EVACUATED, EVACUATED);
            assertThat(c.origins()).singleElement().satisfies(o -> {
                assertThat(o.name()).isEqualTo("市防汛指挥部");
                assertThat(o.articleIds()).containsExactly("a0", "a1");
            });
        });
    }

    @Test
    void aChineseStatementShorterThanTheMinimumIsNoClaim() {
        // 转移/了/居民: 5 ideographs, about 3 words
        AnalyzedArticle a0 = article(0, "市防汛指挥部说，转移了居民。");
        AnalyzedArticle a1 = article(1, "市防汛指挥部表示，转移了居民。");
        StoryMaterial story = story(List.of(a0, a1), List.of(
                List.of(said(a0, "市防汛指挥部", "说", "转移了居民")),
                List.of(said(a1, "市防汛指挥部", "表示", "转移了居民"))));

        assertThat(corroborator.corroborate(story)).isEmpty();
    }

    @Test
    void chineseFiguresThatDisagreeAreVariantsOfOneAnother() {
        // invented reports: 7,000 fighters in one, 20,000 in the other, read by the fact stage's quantity reader
        AnalyzedArticle a0 = article(0, "前线传来消息。约7000名战士已抵达前线。");
        AnalyzedArticle a1 = article(1, "另有报道。约2万名战士已抵达前线。");
        QuantityExtractor quantities = new QuantityExtractor();
        StoryMaterial story = new StoryMaterial("s1", "l1", List.of(a0, a1), List.of(
                new ArticleFacts("a0", List.of(), quantities.extract(a0), List.of(), List.of()),
                new ArticleFacts("a1", List.of(), quantities.extract(a1), List.of(), List.of())), List.of(), List.of());

        List<Claim> claims = corroborator.corroborate(story);

        assertThat(claims).extracting(Claim::slot).containsOnly("战士");
        assertThat(claims).extracting(Claim::value).containsExactlyInAnyOrder("7000", "20000");
        Claim seven = valued(claims, "7000");
        Claim twenty = valued(claims, "20000");
        assertThat(seven.variants()).containsExactly(twenty.id());
        assertThat(twenty.variants()).containsExactly(seven.id());
    }

    @Test
    void englishStatementsAreMeasuredByTheirSpacesAsBefore() {
        AnalyzedArticle a0 = article(0, "The flood office said the city has evacuated 2,300 residents. The office said residents left.");
        AnalyzedArticle a1 = article(1, "The flood office said the city has evacuated 2,300 residents. The office said residents left.");
        String six = "the city has evacuated 2,300 residents"; // six words: just long enough
        String three = "residents left"; // too short to stand as a claim
        StoryMaterial story = story(List.of(a0, a1), List.of(
                List.of(said(a0, "The flood office", "said", six), said(a0, "The office", "said", three)),
                List.of(said(a1, "The flood office", "said", six), said(a1, "The office", "said", three))));

        assertThat(corroborator.corroborate(story)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(six);
            assertThat(c.supportingArticleIds()).containsExactly("a0", "a1");
        });
    }

    /** The claims of a story of one article per text ("a0", "a1", ...), facts found by the standard fact stage. */
    private List<Claim> claimsOf(String... texts) {
        List<AnalyzedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) articles.add(article(i, texts[i]));
        return corroborator.corroborate(withFacts(articles));
    }

    /** The claim of this value among them. */
    private Claim claimOf(String value, String... texts) {
        return valued(claimsOf(texts), value);
    }

    private static Claim valued(List<Claim> claims, String value) {
        return claims.stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void oneUnnamedSourceDescribedInOtherWordsIsOneOriginAndAnotherDescriptionIsAnother() {
        Claim troops = claimOf("4000",
                "Around 4,000 troops have arrived in the province, a Syrian security source told AFP.",
                "Around 4,000 troops have arrived in the province, a Syrian security source said, speaking on condition of anonymity.",
                "Around 4,000 troops have arrived in the province, a Syrian army officer said.");

        assertThat(troops.supportingArticleIds()).containsExactly("a0", "a1", "a2");
        assertThat(troops.origins()).extracting(o -> o.articleIds()).containsExactly(List.of("a0", "a1"), List.of("a2"));
        // and each says why its articles count once
        assertThat(troops.origins()).extracting(o -> o.why()).containsExactly(
                "one origin: the same unnamed source in 1 article, the same source in other words in 1 article",
                "one origin: attributed to it in 1 article");
    }

    @Test
    void aCountrysCollectiveVoiceIsTheNamedSourceOfItStatingTheSameFigure() {
        Claim killed = claimOf("298", "The blast killed 298 people, the Dutch Safety Board said.",
                "The blast killed 298 people, Dutch authorities said.", "The blast killed 298 people, Russian officials said.");

        // "Dutch authorities" are the Dutch board; Russian officials are someone else
        assertThat(killed.origins()).extracting(o -> o.articleIds()).containsExactly(List.of("a0", "a1"), List.of("a2"));
    }

    @Test
    void aHeadlinesPassiveVerdictNamesNoSource() {
        Claim counts = claimOf("3", "Derek Chauvin found guilty on all three counts in the death of George Floyd.",
                "A Minneapolis jury found Derek Chauvin guilty on all three counts in the death of George Floyd.");

        assertThat(counts.origins()).extracting(o -> o.name()).doesNotContain("Derek Chauvin");
    }

    @Test
    void aFigureAndTheStatementOfItsSentenceAreOneClaim() {
        String quote = "\"The goal is to reach 10,000 men to support the army in the capital,\" the source said.";

        assertThat(claimsOf(quote, quote)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("quantity");
            assertThat(c.value()).isEqualTo("10000");
            assertThat(c.supportingArticleIds()).containsExactly("a0", "a1");
        });
    }

    @Test
    void aFigureSomeoneStatesExactlyConflictsWithALowerBoundAboveIt() {
        List<Claim> claims = claimsOf("At least six buildings collapsed in the city, local media said.",
                "Six buildings collapsed in the city, the interior minister said. The mayor said at least 20 buildings collapsed.");
        Claim six = valued(claims, "6");
        Claim twenty = valued(claims, "20");
        assertThat(six.supportingArticleIds()).containsExactly("a0", "a1");
        assertThat(six.variants()).containsExactly(twenty.id());
    }

    @Test
    void aTollEarlyReportsGaveLowerIsRevisedNotContradicted() {
        List<Claim> claims = claimsOf("Gunmen stormed the offices, killing 12 and injuring another seven, in what early reports indicate was an attack.",
                "The attack left 12 people dead and another 11 people wounded, four in a serious condition.");
        Claim seven = valued(claims, "7");
        Claim eleven = valued(claims, "11");
        assertThat(seven.variants()).isEmpty();
        assertThat(eleven.variants()).isEmpty();
        // without the early report, the same two figures disagree
        List<Claim> plain = claimsOf("Gunmen stormed the offices, killing 12 and injuring another seven.",
                "The attack left 12 people dead and another 11 people wounded, four in a serious condition.");
        assertThat(valued(plain, "7").variants()).containsExactly(valued(plain, "11").id());
    }

    @Test
    void sevenInjuredAndSevenDetainedAreTwoClaims() {
        List<Claim> claims = claimsOf("Gunmen stormed the offices, killing 12 and injuring another seven.",
                "Late on Wednesday police have detained seven people said to be close to the brothers.");
        assertThat(claims.stream().filter(c -> c.value().equals("7"))).hasSize(2)
                .allSatisfy(c -> assertThat(c.supportingArticleIds()).hasSize(1));
    }

    /** The claims of a story of one article per text, a{i} published on {@code days[i]} (null: undated). */
    private List<Claim> claimsPublished(java.time.LocalDate[] days, String... texts) {
        List<AnalyzedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(ANALYZER.analyze(new Article("a" + i, "test", null, "t" + i, null, null, days[i], List.of(), texts[i],
                    List.of(), "h" + i)));
        }
        return corroborator.corroborate(withFacts(articles));
    }

    @Test
    void aFigureFirstPublishedDaysAfterTheOtherIsALaterCountNotAConflict() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 3, 14);
        String first = "The ferry carried 280 passengers when it sank.";
        String later = "The ferry carried 283 passengers when it sank, the line said.";
        List<Claim> apart = claimsPublished(new java.time.LocalDate[] {day, day.plusDays(2)}, first, later);
        assertThat(valued(apart, "280").variants()).isEmpty();
        List<Claim> sameDay = claimsPublished(new java.time.LocalDate[] {day, day.plusDays(1)}, first, later);
        assertThat(valued(sameDay, "280").variants()).containsExactly(valued(sameDay, "283").id());
        // an undated report says nothing of when
        List<Claim> undated = claimsPublished(new java.time.LocalDate[] {day, null}, first, later);
        assertThat(valued(undated, "280").variants()).containsExactly(valued(undated, "283").id());
    }

    @Test
    void oneWriterRelatingTwoFiguresGivesTwoMeasuresNotAConflict() {
        List<Claim> claims = claimsOf("Both teams reported a significance of 5 sigma at the seminar.",
                "The team said it reached five sigma by combining two channels. "
                        + "However, a full combination of the data brings that number back to 4.9 sigma.");
        assertThat(valued(claims, "4.9").variants()).isEmpty();
        // another page's own 4.9 disagrees
        List<Claim> two = claimsOf("Both teams reported a significance of 5 sigma at the seminar.",
                "A full combination of the data gives 4.9 sigma.");
        assertThat(valued(two, "4.9").variants()).containsExactly(valued(two, "5").id());
    }

    @Test
    void aProjectionAndTheCountAreTwoMomentsButTwoProjectionsDisagree() {
        String projected = "Macron won a projected 58.2% of the vote, pollster Ipsos said.";
        List<Claim> claims = claimsOf(projected, "Macron won 58.5 per cent of the vote.");
        assertThat(valued(claims, "58.2").variants()).isEmpty();
        List<Claim> two = claimsOf(projected, "Macron won an estimated 57.6% of the vote, according to projections by Elabe.");
        assertThat(valued(two, "58.2").variants()).containsExactly(valued(two, "57.6").id());
    }

    @Test
    void aSpreadOfEstimatesDisagreesWithAFigureWithinItAndMakesItsEndsEstimates() {
        List<Claim> claims = claimsOf("Macron won 58.2% of the vote, according to a projection by pollster Ipsos.",
                "The first projections showed Macron securing 58.2%-57.6 of the vote, according to pollsters Elabe and Ipsos.");
        // the two share Ipsos, one of the spread's several sources
        assertThat(valued(claims, "57.6–58.2").origins()).extracting(o -> o.name()).containsExactly("pollsters Elabe and Ipsos");
        assertThat(valued(claims, "58.2").variants()).containsExactly(valued(claims, "57.6–58.2").id());
        // 66.1% is the end of "between 65 and 66 percent" written in whole points, so an estimate like 65.5%
        List<Claim> ends = claimsOf("Macron won about 65.5% of the vote, projected results show.",
                "Macron has accumulated 66.1% of the votes.",
                "French media projections show Macron winning between 65 and 66 percent of the vote.");
        assertThat(valued(ends, "65.5").variants()).contains(valued(ends, "66.1").id());
    }

    @Test
    void aSpeakerNoReaderCouldCheckIsNoOrigin() {
        String six = "the city has evacuated 2,300 residents overnight";
        AnalyzedArticle a0 = article(0, "The flood office said the city has evacuated 2,300 residents overnight.");
        AnalyzedArticle a1 = article(1, "He said the city has evacuated 2,300 residents overnight.");
        List<Claim> claims = corroborator.corroborate(story(List.of(a0, a1), List.of(
                List.of(said(a0, "The flood office", "said", six)), List.of(said(a1, "He", "said", six)))));
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.origins()).extracting(o -> o.name())
                .containsExactly("The flood office"));
        // alone, "he" is the article's own reporting, not a source called "He"
        List<Claim> alone = corroborator.corroborate(story(List.of(a1), List.of(List.of(said(a1, "He", "said", six)))));
        assertThat(alone).singleElement().satisfies(c -> assertThat(c.origins()).extracting(o -> o.name())
                .containsExactly("own reporting of \"t1\""));
    }

    @Test
    void anotherLanguagesFigureWithoutACueTheReaderCanSeeDoesNotMakeABoundExact() {
        // the Arabic reader sees "at least" only before the number; its plain 30 is not "exactly 30"
        List<AnalyzedArticle> articles = List.of(
                article(0, "At least 30 people were killed in the blast, the health minister said."),
                article(1, "The toll rose on Wednesday: at least 63 people were killed, the Red Cross said."),
                ANALYZER.analyze(new Article("a2", "test", null, "t2", null, null, null, List.of(),
                        "قُتل 30 شخصاً في الانفجار.", List.of(), "h2", null, "ar")));
        List<Claim> claims = corroborator.corroborate(withFacts(articles));
        Claim thirty = claims.stream().filter(c -> c.value().equals("30")).findFirst().orElseThrow();
        assertThat(thirty.supportingArticleIds()).contains("a0", "a2");
        // "at least 30" is not contradicted by 63: no variants
        assertThat(claims).allSatisfy(c -> assertThat(c.variants()).isEmpty());
    }
}
