package dev.storyline;

import dev.storyline.domain.Article;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StorylineTest {
    private final Storyline storyline = new Storyline(Settings.DEFAULTS);

    static Article article(String id, LocalDate published, String title, String text) {
        return new Article(id, "test:" + id, null, title, "Outlet " + id, null, published, List.of(), text, List.of(), "h" + id);
    }

    static List<Article> articles() {
        return List.of(
                article("b", LocalDate.of(2015, 6, 10), "Fighters reach Damascus",
                        "Around 7,000 fighters have arrived in Damascus, a source told the agency. The goal is 10,000 men."),
                article("a", LocalDate.of(2015, 6, 8), "Fighters deployed to Damascus",
                        "Around 7,000 fighters have arrived in Damascus, a source said on Wednesday."),
                article("c", null, "Central bank raises rates",
                        "The central bank raised its main rate by half a point on Tuesday, citing inflation."));
    }

    @Test
    void aFigureRepeatedWithoutAttributionIsOneOriginAndTwoFiguresStillDisagree() {
        List<Article> reports = List.of(
                article("r1", LocalDate.of(2024, 3, 12), "Ferry capsizes off Kerst harbour",
                        "A ferry capsized off Kerst harbour on Tuesday. Rescuers pulled 40 passengers from the water."),
                article("r2", LocalDate.of(2024, 3, 12), "Kerst ferry capsizes, dozens rescued",
                        "A ferry capsized off Kerst harbour on Tuesday evening. Rescuers pulled 40 passengers from the sea."),
                article("r3", LocalDate.of(2024, 3, 12), "Ferry disaster off Kerst",
                        "The ferry capsized off Kerst harbour on Tuesday. Rescuers pulled 60 passengers from the water."));
        StoryRun run = storyline.run(reports);
        assertThat(run.stories()).singleElement().satisfies(story -> {
            var forty = story.claims().stream().filter(c -> "40".equals(c.value())).findFirst().orElseThrow();
            assertThat(forty.supportingArticleIds()).containsExactlyInAnyOrder("r1", "r2");
            // no article names a source: the repetition adds no origin
            assertThat(forty.origins()).hasSize(1);
            var sixty = story.claims().stream().filter(c -> "60".equals(c.value())).findFirst().orElseThrow();
            assertThat(forty.variants()).contains(sixty.id());
        });
    }

    @Test
    void everyArticleIsInExactlyOneStoryAndArrivalOrderIsPublicationOrder() {
        StoryRun run = storyline.run(articles());
        assertThat(run.articles()).extracting(Article::id).containsExactly("a", "b", "c");
        List<String> members = new ArrayList<>();
        run.stories().forEach(s -> members.addAll(s.articleIds()));
        assertThat(members).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(run.provenance().settingsFingerprint()).isEqualTo(Settings.DEFAULTS.fingerprint());
    }

    @Test
    void aChineseStoryHasItsFiguresDisagreeItsSourcesNamedAndItsDaysOnTheCalendar() {
        // two invented reports of one invented deployment, the second a day later with another figure
        List<Article> reports = List.of(
                article("zh1", LocalDate.of(2015, 6, 10), "援军抵达青河前线",
                        "据前线指挥部消息，约7000名战士已于6月8日抵达青河前线。前线指挥部表示，援军将协助守卫青河大桥并加固东岸防线。"
                                + "当地居民说，昨天夜里炮声不断。"),
                article("zh2", LocalDate.of(2015, 6, 11), "青河前线援军人数引发争议",
                        "另有消息称，约2万名战士已于6月8日抵达青河前线。前线指挥部表示，援军将协助守卫青河大桥并加固东岸防线。"
                                + "前线指挥部拒绝证实这一数字。"));
        StoryRun run = storyline.run(reports);

        assertThat(run.stories()).singleElement().satisfies(story -> {
            assertThat(story.articleIds()).containsExactly("zh1", "zh2");
            assertThat(story.summary().sentences()).isNotEmpty();
            var figures = story.claims().stream().filter(c -> c.kind().equals("quantity") && "战士".equals(c.slot())).toList();
            assertThat(figures).extracting(c -> c.value()).containsExactlyInAnyOrder("7000", "20000");
            assertThat(figures).allSatisfy(c -> assertThat(c.variants()).hasSize(1));
            assertThat(story.timeline()).extracting(e -> e.date()).contains("2015-06-08");
            // what the command said in both reports is one statement of one origin
            assertThat(story.claims()).filteredOn(c -> c.kind().equals("statement") && c.value().contains("加固东岸防线"))
                    .singleElement().satisfies(c -> {
                        assertThat(c.supportingArticleIds()).containsExactly("zh1", "zh2");
                        assertThat(c.origins()).extracting(o -> o.name()).containsExactly("前线指挥部");
                    });
        });
    }

    @Test
    void unrelatedChineseReportsOfOneDayAreTwoStories() {
        List<Article> reports = List.of(
                article("flood", LocalDate.of(2015, 6, 10), "青河市遭遇特大暴雨",
                        "青河市昨日遭遇特大暴雨，城区多处道路被洪水淹没。市防汛指挥部说，全市已紧急转移居民两千三百人。"),
                article("vote", LocalDate.of(2015, 6, 10), "南湖省选举新一届议会",
                        "南湖省今天举行议会选举，投票率达到百分之六十二。选举委员会表示，计票工作将于明天完成。"),
                article("flood2", LocalDate.of(2015, 6, 11), "青河市转移居民两千三百人",
                        "受特大暴雨影响，青河市已紧急转移居民两千三百人。城区多处道路仍被洪水淹没。"));
        List<List<String>> stories = storyline.run(reports).stories().stream().map(Story::articleIds).toList();
        assertThat(stories).containsExactlyInAnyOrder(List.of("flood", "flood2"), List.of("vote"));
    }

    @Test
    void sameInputGivesSameStories() {
        assertThat(storyline.run(articles()).stories()).isEqualTo(storyline.run(articles()).stories());
    }

    @Test
    void anOnlineSessionAgreesWithABatchRun() {
        StorySession session = storyline.session();
        for (Article a : Storyline.inArrivalOrder(articles())) session.add(a);
        List<Story> online = session.snapshot().stories();
        assertThat(online).isEqualTo(storyline.run(articles()).stories());
        // a story asked for twice without change is not recomputed
        assertThat(session.snapshot().stories().get(0)).isSameAs(session.snapshot().stories().get(0));
        // telling it on another thread gives the same story
        String id = online.get(0).id();
        assertThat(java.util.concurrent.CompletableFuture.supplyAsync(session.tellLater(id)).join()).isEqualTo(session.story(id));
        assertThat(session.tellLater("no-such-story")).isNull();
    }

    @Test
    void idleStoriesLeaveMemoryAsLastToldAndNewArticlesStartAfresh() {
        StorySession session = storyline.session();
        for (Article a : Storyline.inArrivalOrder(articles())) session.add(a);
        Story damascus = session.snapshot().stories().get(0);
        assertThat(damascus.articleIds()).containsExactly("a", "b");
        assertThat(session.retire(30)).isEmpty();

        // a year later the June story is idle and leaves memory; the undated one stays
        session.add(article("d", LocalDate.of(2016, 6, 20), "Fighters reach Damascus again",
                "Around 7,000 fighters have arrived in Damascus, a source told the agency."));
        assertThat(session.retire(30)).containsExactly(damascus.id());
        assertThat(session.story(damascus.id())).isNull();
        assertThat(session.snapshot().articles()).extracting(Article::id).containsExactly("c", "d");
        assertThat(session.snapshot().reuses()).allSatisfy(r -> assertThat(r.sourceArticleId()).isNotIn("a", "b"));

        // the copy index forgot the retired articles: their very text again is no copy of them
        session.add(article("e", LocalDate.of(2016, 6, 21), "Fighters deployed to Damascus",
                "Around 7,000 fighters have arrived in Damascus, a source said on Wednesday."));
        assertThat(session.snapshot().reuses()).filteredOn(r -> r.articleId().equals("e"))
                .allSatisfy(r -> assertThat(r.sourceArticleId()).isNotIn("a", "b"));
    }

    @Test
    void anUpdateSummaryTellsOnlyWhatTheNewerArticlesAdd() {
        List<Article> articles = List.of(
                article("u1", LocalDate.of(2015, 6, 8), "Fighters deployed to Damascus",
                        "Around 7,000 Iranian and Iraqi fighters have arrived in Damascus to defend the capital, a security source said."),
                article("u2", LocalDate.of(2015, 6, 9), "Fighters arrive in Damascus",
                        "Around 7,000 Iranian and Iraqi fighters have arrived in Damascus to defend the capital, a security source told AFP."),
                article("u3", LocalDate.of(2015, 6, 12), "Fighters in Damascus open an offensive",
                        "Around 7,000 Iranian and Iraqi fighters have arrived in Damascus to defend the capital, a security source said. "
                                + "On Friday the fighters opened an offensive towards the ancient city of Palmyra in the desert."));
        StoryRun run = storyline.run(articles);
        Story story = run.stories().stream().filter(s -> s.articleIds().contains("u3")).findFirst().orElseThrow();
        assertThat(story.articleIds()).containsExactly("u1", "u2", "u3");
        java.util.Map<String, Article> byId = new java.util.HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));

        var update = storyline.update(story, byId, LocalDate.of(2015, 6, 10));
        assertThat(update.sentences()).extracting(dev.storyline.domain.SummarySentence::text)
                .containsExactly("On Friday the fighters opened an offensive towards the ancient city of Palmyra in the desert.");
        assertThat(update.sentences().get(0).citedArticleIds()).containsExactly("u3");
        assertThat(update.headline()).isEqualTo("Fighters in Damascus open an offensive");

        assertThat(storyline.update(story, byId, LocalDate.of(2015, 6, 20)).sentences()).isEmpty();
        assertThat(storyline.update(story, byId, LocalDate.of(2015, 6, 1)).sentences()).isNotEmpty();
    }

    @Test
    void extractKeepsTheSource() throws Exception {
        Article a = storyline.extract(new RawDocument("folder/x.txt", RawDocument.Format.TEXT,
                "A headline\n\nA first sentence of the article. A second one.", DocumentHints.NONE));
        assertThat(a.source()).isEqualTo("folder/x.txt");
        assertThat(a.title()).isEqualTo("A headline");
        assertThat(a.text()).contains("A first sentence of the article.");
    }
}
