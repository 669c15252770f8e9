package dev.storyline.summarize;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;
import dev.storyline.domain.SummarySentence;
import dev.storyline.text.TextAnalyzer;
import dev.storyline.text.Words;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ExtractiveSummarizerTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private final Summarizer summarizer = Summarizer.standard(SummarySettings.DEFAULTS);

    /** A story of articles a0, a1, ... with these titles and texts (title, text, title, text, ...). */
    static StoryMaterial story(String... titlesAndTexts) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < titlesAndTexts.length; i += 2) {
            Article a = new Article("a" + i / 2, "test", null, titlesAndTexts[i], null, null, null, List.of(),
                    titlesAndTexts[i + 1], List.of(), "h" + i);
            articles.add(ANALYZER.analyze(a));
        }
        return new StoryMaterial("s1", "l1", articles, List.of(), List.of(), List.of());
    }

    // an invented flood in an invented city, told by three invented reports
    static final StoryMaterial CHINESE = story(
            "青河市遭遇特大暴雨",
            "青河市昨日遭遇特大暴雨，城区多处道路被洪水淹没。市防汛指挥部说，全市已紧急转移居民两千三百人。"
                    + "暴雨导致东门大桥部分桥面坍塌，目前没有人员伤亡报告。气象部门预计，未来两天仍有强降雨。",
            "青河市转移居民两千三百人",
            "受特大暴雨影响，青河市已紧急转移居民两千三百人。东门大桥部分桥面坍塌，交通部门已封闭大桥。"
                    + "救援队伍连夜搭建临时安置点，为转移居民提供食物和饮用水。",
            "东门大桥桥面坍塌",
            "青河市防汛指挥部今天上午通报，特大暴雨导致东门大桥部分桥面坍塌，没有人员伤亡。全市中小学今天停课一天。"
                    + "指挥部提醒市民不要靠近河道。");

    @Test
    void aChineseStoryGetsASummaryWhoseSentencesCiteTheirArticles() {
        Summary summary = summarizer.summarize(CHINESE, List.of());
        Map<String, String> texts = CHINESE.articles().stream()
                .collect(Collectors.toMap(AnalyzedArticle::id, a -> a.article().text()));
        assertThat(summary.sentences()).isNotEmpty();
        for (SummarySentence s : summary.sentences()) {
            // each is an article's sentence, word for word, cited where it stands
            assertThat(s.citations()).anySatisfy(c -> {
                assertThat(c.similarity()).isEqualTo(1.0);
                assertThat(texts.get(c.articleId()).substring(c.start(), c.end())).isEqualTo(s.text());
            });
        }
        // what two reports say in nearly the same words cites both
        assertThat(summary.sentences()).filteredOn(s -> s.text().contains("东门大桥部分桥面坍塌，没有人员伤亡"))
                .singleElement().extracting(SummarySentence::citedArticleIds).isEqualTo(List.of("a0", "a2"));
        assertThat(summary.headline()).isNotEmpty();
        assertThat(summary.whatHappened()).isIn(summary.sentences());
    }

    @Test
    void chineseSentencesSpendTheWordBudgetByTheirLength() {
        Summary summary = Summarizer.standard(new SummarySettings(5, 25, 0)).summarize(CHINESE, List.of());
        assertThat(summary.sentences()).isNotEmpty();
        assertThat(summary.sentences().stream().mapToInt(s -> Words.count(s.text())).sum()).isBetween(1, 25);
        assertThat(summary.sentences()).hasSizeLessThan(summarizer.summarize(CHINESE, List.of()).sentences().size());
    }

    static final StoryMaterial ENGLISH = story(
            "Flood hits Greenriver",
            "Heavy rain flooded the streets of Greenriver on Monday, forcing the evacuation of 2,300 residents. "
                    + "Part of the East Gate bridge collapsed into the river, but nobody was hurt, the flood office said. "
                    + "Forecasters expect more heavy rain over the next two days.",
            "Greenriver evacuates 2,300",
            "Greenriver has evacuated 2,300 residents after heavy rain flooded the city streets. "
                    + "The East Gate bridge partly collapsed and the transport office closed it to traffic. "
                    + "Rescue teams set up shelters overnight and handed out food and drinking water.",
            "Bridge collapses in Greenriver",
            "Part of the East Gate bridge in Greenriver collapsed after heavy rain, the flood office said on Tuesday. "
                    + "Nobody was hurt in the collapse, officials said. "
                    + "All schools in the city will stay closed for one day.");

    @Test
    void anEnglishStorySummaryIsWhatItWasBeforeChineseCounted() {
        // as the summarizer wrote it before Chinese and Japanese were counted by their characters
        Summary summary = summarizer.summarize(ENGLISH, List.of());
        assertThat(summary.sentences()).extracting(SummarySentence::text, SummarySentence::citedArticleIds).containsExactly(
                tuple("Forecasters expect more heavy rain over the next two days.", List.of("a0")),
                tuple("Greenriver has evacuated 2,300 residents after heavy rain flooded the city streets.", List.of("a0", "a1")),
                tuple("The East Gate bridge partly collapsed and the transport office closed it to traffic.", List.of("a1")),
                tuple("Part of the East Gate bridge in Greenriver collapsed after heavy rain, the flood office said.",
                        List.of("a0", "a2")),
                tuple("Nobody was hurt in the collapse, officials said.", List.of("a2")));
        assertThat(summary.headline()).isEqualTo("Bridge collapses in Greenriver");
        assertThat(summary.whatHappened()).isEqualTo(summary.sentences().get(3));
    }

    @Test
    void whatHappenedIsInTheLanguageMostOfTheStorysArticlesAreIn() {
        // an invented flood: three English reports whose leads each tell another part of it, and two French ones
        // whose leads agree word for word, which alone would make a French lead the most told
        List<AnalyzedArticle> articles = new ArrayList<>();
        String[] english = {
                "Heavy rain flooded the streets of Greenriver on Monday. Schools stayed closed.",
                "The East Gate bridge partly collapsed into the river. Nobody was hurt.",
                "Rescue teams set up shelters overnight for 2,300 evacuated residents. Food was handed out."};
        for (int i = 0; i < english.length; i++) {
            articles.add(ANALYZER.analyze(new Article("e" + i, "test", null, "Greenriver flood", null, null, null, List.of(),
                    english[i], List.of(), "e" + i, null, "en")));
        }
        String french = "Le pont de la Porte Est s'est effondré à Greenriver après de fortes pluies. "
                + "La ville a évacué 2 300 habitants et fermé toutes les écoles.";
        for (int i = 0; i < 2; i++) {
            articles.add(ANALYZER.analyze(new Article("f" + i, "test", null, "Inondations à Greenriver", null, null, null,
                    List.of(), french, List.of(), "f" + i, null, "fr")));
        }
        Summary summary = summarizer.summarize(new StoryMaterial("s1", "l1", articles, List.of(), List.of(), List.of()), List.of());
        assertThat(summary.whatHappened().citedArticleIds()).isNotEmpty().doesNotContain("f0", "f1");
    }

    @Test
    void anUpdateForAReaderOfSomeArticlesDrawsOnTheOthersAndFollowsAQuery() {
        Summarizer one = Summarizer.standard(new SummarySettings(1, 0, 0));
        Summary general = one.update(ENGLISH, List.of(), java.util.Set.of("a0"), null);
        assertThat(general.sentences()).singleElement().satisfies(s -> assertThat(s.citedArticleIds()).doesNotContain("a0"));
        Summary focused = one.update(ENGLISH, List.of(), java.util.Set.of("a0"), "the bridge that collapsed");
        assertThat(focused.sentences()).singleElement().satisfies(x -> {
            assertThat(x.text()).containsAnyOf("bridge", "collapse");
            assertThat(x.citedArticleIds()).doesNotContain("a0");
        });
        // a reader of every article has nothing to catch up on
        assertThat(one.update(ENGLISH, List.of(), java.util.Set.of("a0", "a1", "a2"), null).sentences()).isEmpty();
    }
}
