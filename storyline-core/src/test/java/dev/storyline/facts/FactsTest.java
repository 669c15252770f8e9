package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Attribution;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.EntityType;
import dev.storyline.domain.Quantity;
import dev.storyline.domain.TimeExpression;
import dev.storyline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each fact finder on tiny exact sentences, and the contract they share: stateless, same answer on many threads. */
class FactsTest {
    static AnalyzedArticle article(String text, LocalDate published) {
        return TextAnalyzer.standard().analyze(new Article("a", "test", null, "T", null, null, published, List.of(), text, List.of(), "h"));
    }

    /** The quantities of an undated article of this text. */
    static List<Quantity> quantities(String text) {
        return new QuantityExtractor().extract(article(text, null));
    }

    @Test
    void quantitiesWithWhatTheyCountAndHowSure() {
        List<Quantity> q = quantities(
                "Around 7,000 Iranian and Iraqi fighters have arrived. More than 220,000 people have been killed. "
                        + "Thousands of soldiers flew in over the past two days. Prices rose to 5.5 percent. It is six km away.");
        assertThat(q).extracting(Quantity::value, Quantity::counted, Quantity::approximation).containsExactly(
                tuple(7000.0, "fighter", "about"),
                tuple(220000.0, "people", "more-than"),
                tuple(1000.0, "soldier", "vague"),
                tuple(2.0, null, "exact"),
                // a share is a claim about what it measures: "prices rose to 5.5 percent"
                tuple(5.5, "price", "exact"),
                tuple(6.0, null, "exact"));
        assertThat(q.get(0).countedPhrase()).isEqualTo("Iranian and Iraqi fighters");
        assertThat(q.get(3).unit()).isEqualTo("day");
        assertThat(q.get(4).unit()).isEqualTo("%");
        assertThat(q.get(4).change()).isEqualTo("rise");
        assertThat(q.get(5).unit()).isEqualTo("km");
    }

    @Test
    void oneCountsAThingButNotASpeakerAPartOrATimeAndPercentagePointsAreTheirOwnUnit() {
        List<Quantity> q = quantities("One person was killed. One source said the talks failed. Only one of the engines failed. "
                + "It took one day. The unemployment rate rose 2.5 percentage points to 7%.");
        assertThat(q).extracting(x -> x.span().text(), Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                tuple("One person", 1.0, null, "person"),
                tuple("2.5 percentage points", 2.5, QuantityExtractor.PERCENTAGE_POINTS, "rate"),
                tuple("7%", 7.0, "%", "rate"));
        assertThat(q.get(1).change()).isEqualTo("rise");
    }

    @Test
    void theCountedNounEndsAtTheVerbAndIrregularPluralsAreNouns() {
        List<Quantity> q = quantities(
                "Three masked gunmen stormed the offices. Two firemen died later. Four armed men entered the hall.");
        assertThat(q).extracting(Quantity::value, Quantity::counted).containsExactly(
                tuple(3.0, "gunman"), tuple(2.0, "fireman"),
                tuple(4.0, "man"));
    }

    @Test
    void aHyphenatedMeasureMeasuresTheNounAfterItAndAVerbNamesWhatItCounts() {
        List<Quantity> q = quantities(
                "The leaders shared a warm 13-second handshake. Following a 38-minute one-on-one meeting, they ate. "
                        + "The 84-year-old Higgs said little. Gunmen shot two, injuring another seven.");
        assertThat(q).extracting(Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                tuple(13.0, "second", "handshake"),
                tuple(38.0, "minute", "meeting"),
                tuple(84.0, "year", "age"),
                tuple(7.0, null, "people"));
        assertThat(q.get(0).span().text()).isEqualTo("13-second handshake");
        assertThat(quantities("We have received information about six collapsed buildings. "
                + "About 3,000 residents left.")).extracting(Quantity::approximation).containsExactly("exact", "about");
    }

    @Test
    void aSignificanceJoinedToItsNumberIsACountOfSigma() {
        assertThat(quantities("They reached the five-sigma point. A full combination gives 4.9 sigma. A 45-year hunt."))
                .extracting(Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                        tuple(5.0, null, "sigma"), tuple(4.9, null, "sigma"), tuple(45.0, "year", "hunt"));
    }

    @Test
    void aQuakesMagnitudeIsAMeasureOfItsOwnWhereverTheWordStands() {
        List<Quantity> q = quantities(
                "A 7.8 magnitude earthquake hit the region. The agency said the quake measured 7.4. "
                        + "It was an earthquake of magnitude 7.7, the institute said. The 5.5 km road was closed.");
        assertThat(q).extracting(Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                tuple(7.8, "magnitude", "magnitude"),
                tuple(7.4, "magnitude", "magnitude"),
                tuple(7.7, "magnitude", "magnitude"),
                tuple(5.5, "km", null));
    }

    @Test
    void sharesAndSpansNameWhatTheyMeasure() {
        List<Quantity> q = quantities(
                "Macron won 66.1% of the vote. The opening handshake lasted 13 seconds. Abstention was almost 28 percent.");
        assertThat(q).extracting(Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                tuple(66.1, "%", "vote"),
                tuple(13.0, "second", "handshake"),
                tuple(28.0, "%", "abstention"));
        // shares named by a candidate are shares of the vote, the winner's and the loser's alike
        assertThat(quantities("Mr Macron defeated far-right Marine Le Pen by about 65.5% to 34.5% to become president. "
                + "He collected 66.1% of the votes against Le Pen's 33.9%."))
                .extracting(Quantity::value, Quantity::counted).containsExactly(
                        tuple(65.5, "vote"), tuple(34.5, "vote"), tuple(66.1, "vote"), tuple(33.9, "vote"));
    }

    @Test
    void hoursAndMinutesAreOneSpanAndASpanMeasuresTheActBeforeIt() {
        List<Quantity> q = quantities("After the jury deliberated for over 10 hours, the judge read the verdict. "
                + "Jurors deliberated for about nine hours and 45 minutes over two days.");
        assertThat(q).extracting(Quantity::value, Quantity::unit, Quantity::counted, Quantity::approximation).containsExactly(
                tuple(10.0, "hour", "deliberated", "more-than"),
                tuple(9.75, "hour", "deliberated", "about"),
                tuple(2.0, "day", null, "more-than"));
        assertThat(q.get(1).span().text()).isEqualTo("about nine hours and 45 minutes");
    }

    @Test
    void currenciesBeforeTheNumberRangesAndCountsAfterOf() {
        List<Quantity> q = quantities("Boeing lost a US$40 billion contract and AU$ 52.5 million of aid. "
                + "Improvements of 15-20% are required. Between 25,000 and 30,000 positions will go, 1.2 to 1.5 million jobs in all. "
                + "Reserves rose from US$55 billion to US$110 billion. Qatar will buy 20 of Boeing's larger 777 planes.");
        assertThat(q).extracting(Quantity::value, Quantity::high, Quantity::unit, Quantity::counted).containsExactly(
                tuple(40e9, 40e9, "USD", "contract"),
                tuple(52.5e6, 52.5e6, "AUD", "aid"),
                tuple(15.0, 20.0, "%", "improvement"),
                tuple(25000.0, 30000.0, null, "position"),
                tuple(1.2e6, 1.5e6, null, "job"),
                // a change from one figure to another is two figures, not a range
                tuple(55e9, 55e9, "USD", "reserve"),
                tuple(110e9, 110e9, "USD", "reserve"),
                tuple(20.0, 20.0, null, "plane"));
        assertThat(q.get(2).range()).isTrue();
        assertThat(q.get(2).span().text()).isEqualTo("15-20%");
        assertThat(q.get(5).range()).isFalse();
        // several estimates' shares, highest first with the sign written once, are one range; a score is none
        assertThat(quantities("The first projections showed Macron securing 58.2%-57.6 of the vote. Lyon won 3-2 at home."))
                .extracting(Quantity::value, Quantity::high, Quantity::unit, Quantity::counted)
                .containsExactly(tuple(57.6, 58.2, "%", "vote"));
    }

    @Test
    void aNumberInANameIsNoCountAndAModelCanBeCounted() {
        assertThat(quantities("The new Boeing 737 flew. Apple sold the iPhone 4 and a 3G version. "
                + "Air Canada ordered 18 777s and 24 A320s, and 18 more 777s. The crash killed 102 and 21 people respectively."))
                .extracting(Quantity::value, Quantity::counted).containsExactly(
                        tuple(18.0, "777"), tuple(24.0, "a320"), tuple(18.0, "777"), tuple(102.0, "people"), tuple(21.0, "people"));
        // a headline in title case keeps its counts, whatever word stands before them
        assertThat(quantities("Gunmen Storm Paris Offices, Kill 12 People")).extracting(Quantity::value).containsExactly(12.0);
    }

    @Test
    void agesFractionsAndLevels() {
        List<Quantity> q = quantities("Barra, 51, will lead the firm. Jobs died at the age of 56. "
                + "About half of those cuts will be made abroad. The index gained half a percent, closing at 8,579.19. "
                + "Airbus announced job cuts of 10,000.");
        assertThat(q).extracting(Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                tuple(51.0, "year", "age"),
                tuple(56.0, "year", "age"),
                tuple(50.0, "%", "cut"),
                tuple(0.5, "%", null),
                tuple(8579.19, null, "closing"),
                tuple(10000.0, null, "cut"));
        assertThat(q.get(2).approximation()).isEqualTo("about");
        // the first half of a year is a time, not a share
        assertThat(quantities("Sales fell in the first half of 2009.")).isEmpty();
    }

    @Test
    void theAgesOfAGroupAreOneRangeNotOnePersonsAge() {
        List<Quantity> q = quantities("Twelve boys aged 11 to 17 and their 25-year-old coach were trapped. "
                + "All 12 boys, ages 11-16, are safe. The boys are aged between 11 and 16 years old.");
        assertThat(q).extracting(Quantity::value, Quantity::counted).containsExactly(
                tuple(12.0, "boy"), tuple(17.0, "age range"), tuple(25.0, "age"),
                tuple(12.0, "boy"), tuple(16.0, "age range"),
                tuple(16.0, "age range"));
        assertThat(q.get(1).span().text()).isEqualTo("aged 11 to 17");
    }

    @Test
    void chineseQuantitiesWithWhatTheyCountAndHowSure() {
        // invented sentences: digits and characters, 万 and 亿, cues before and "多" after, measure words and units
        List<Quantity> q = quantities(
                "约7000名伊朗和伊拉克战士已抵达叙利亚。全市已紧急转移居民两千三百人。超过2万名难民涌入边境城镇。"
                        + "3000多名士兵参加了演习。物价上涨15%，距离首都120公里。");
        assertThat(q).extracting(Quantity::value, Quantity::counted, Quantity::unit, Quantity::approximation).containsExactly(
                tuple(7000.0, "战士", null, "about"),
                tuple(2300.0, "人", null, "exact"),
                tuple(20000.0, "难民", null, "more-than"),
                tuple(3000.0, "士兵", null, "more-than"),
                tuple(15.0, null, "%", "exact"),
                tuple(120.0, null, "km", "exact"));
        assertThat(q.get(0).countedPhrase()).isEqualTo("伊朗和伊拉克战士");
        assertThat(q.get(0).span().text()).isEqualTo("约7000名伊朗和伊拉克战士");
        assertThat(q.get(1).span().text()).isEqualTo("两千三百人");
    }

    @Test
    void chineseVagueCountsAndPercentagePoints() {
        List<Quantity> q = quantities("数万人走上街头。失业率上升1.5个百分点。");
        assertThat(q).extracting(Quantity::value, Quantity::unit, Quantity::approximation).containsExactly(
                tuple(10000.0, null, "vague"),
                tuple(1.5, "pp", "exact"));
    }

    @Test
    void chineseDatesOrdinalsRangesAndASingleOneAreNotQuantities() {
        assertThat(quantities(
                "2015年6月8日，一名男子在二〇一五年第3次出庭。会议持续3至5天。上午10点开始。")).isEmpty();
    }

    @Test
    void chineseTimeExpressionsResolveAgainstThePublicationDate() {
        // published on Wednesday 10 June 2015
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "国防部2015年6月8日说，昨天约7000名战士抵达。去年3月冲突开始。上周三会谈结束。三天前发生爆炸。"
                        + "会议持续3天。这是1990年代的事情。二〇一四年，双方签署协议。", LocalDate.of(2015, 6, 10)));
        assertThat(t).extracting(TimeExpression::value).containsExactly(
                "2015-06-08", "2015-06-09", "2014-03", "2015-06-03", "2015-06-07", "P3D", "199", "2014");
        assertThat(t).extracting(x -> x.span().text()).containsExactly(
                "2015年6月8日", "昨天", "去年3月", "上周三", "三天前", "3天", "1990年代", "二〇一四年");
        // a day without a year takes the publication's, or stays unknown without one
        assertThat(new TimeExpressionExtractor().extract(article("6月8日，市政府宣布停课。", null)))
                .extracting(TimeExpression::value).containsExactly("XXXX-06-08");
    }

    @Test
    void chineseAttributionsWithTheirChains() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "据新华社报道，约7000名战士已抵达青河前线。新华社援引前线指挥部的话说，援军将协助守卫青河大桥。"
                        + "一名安全消息人士对法新社说，更多援军正在路上。该人士说，战斗可能持续数周。"
                        + "指挥部昨天表示，局势已经得到控制。“我们会坚守到底，”他说。", null));
        assertThat(a).extracting(x -> x.source().text(), x -> x.cue().text(), Attribution::chain, Attribution::named).containsExactly(
                tuple("新华社", "据", List.of("新华社"), true),
                tuple("前线指挥部", "援引", List.of("前线指挥部", "新华社"), true),
                tuple("一名安全消息人士", "说", List.of("安全消息人士", "法新社"), false),
                tuple("该人士", "说", List.of("安全消息人士", "法新社"), false),
                tuple("指挥部", "表示", List.of("指挥部"), true),
                tuple("他", "说", List.of("指挥部"), true));
        assertThat(a.get(0).content().text()).isEqualTo("约7000名战士已抵达青河前线");
        assertThat(a.get(5).content().text()).isEqualTo("“我们会坚守到底，”");
        // a word that holds a reporting verb is no attribution: "名称" (name), "说明" (explain) with no comma after
        assertThat(new AttributionExtractor().extract(article("大桥的名称说明了它的历史。", null))).isEmpty();
        // "it is understood", "reportedly": no one is named, so no one is the source
        assertThat(new AttributionExtractor().extract(article("据了解，大桥将于明天重新开放。据报道，伤者已被送往医院。", null))).isEmpty();
    }

    @Test
    void traditionalCharactersAreReadAsTheirSimplifiedFormsAndKeptAsWritten() {
        AnalyzedArticle a = article("據新華社報道，約兩萬名士兵已於6月8日抵達前線。", LocalDate.of(2015, 6, 10));
        ArticleFacts f = FactExtractor.standard().extract(a);
        assertThat(f.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(20000.0);
            assertThat(q.counted()).isEqualTo("士兵");
            assertThat(q.approximation()).isEqualTo("about");
            assertThat(q.span().text()).isEqualTo("約兩萬名士兵");
        });
        assertThat(f.attributions()).singleElement().satisfies(x -> {
            assertThat(x.source().text()).isEqualTo("新華社");
            assertThat(x.cue().text()).isEqualTo("據");
            assertThat(x.chain()).containsExactly("新华社"); // one origin with the simplified "新华社"
        });
        assertThat(f.times()).extracting(TimeExpression::value).containsExactly("2015-06-08");
    }

    @Test
    void aWeekdayToComeIsTheNextOneAndMayIsAMonthWhereAMonthStands() {
        LocalDate saturday = LocalDate.of(2024, 3, 16);
        assertThat(new TimeExpressionExtractor().extract(article("Talks would resume on Sunday, officials said. "
                + "The strike began on Monday.", saturday))).extracting(TimeExpression::value).containsExactly("2024-03-17", "2024-03-11");
        assertThat(new TimeExpressionExtractor().extract(article("May was the bloodiest month this year. "
                + "Officials may resign. Fighting eased in May.", LocalDate.of(2015, 6, 8))))
                .extracting(TimeExpression::value).containsExactly("2015-05", "2015", "2015-05");
    }

    @Test
    void placesNamedInChineseAreEntitiesLinkedAcrossScripts() {
        List<EntityMention> e = new EntityRecognizer().extract(article(
                "伊朗和伊拉克战士抵达叙利亚。索马里局势紧张，香港股市下跌。敘利亞政府表示歡迎。", null));
        assertThat(e).extracting(x -> x.span().text(), EntityMention::canonical).containsExactly(
                tuple("伊朗", "伊朗"), tuple("伊拉克", "伊拉克"),
                tuple("叙利亚", "叙利亚"), tuple("索马里", "索马里"),
                tuple("香港", "香港"), tuple("敘利亞", "叙利亚"));
        assertThat(e).extracting(EntityMention::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void chineseNumbersInCharacters() {
        assertThat(ChineseQuantities.number("两千三百")).isEqualTo(2300.0);
        assertThat(ChineseQuantities.number("三万五千")).isEqualTo(35000.0);
        assertThat(ChineseQuantities.number("十五")).isEqualTo(15.0);
        assertThat(ChineseQuantities.number("三千零五")).isEqualTo(3005.0);
        assertThat(ChineseQuantities.number("一亿五千万")).isEqualTo(150_000_000.0);
        assertThat(ChineseQuantities.number("一万亿")).isEqualTo(1e12);
        assertThat(ChineseQuantities.number("二〇一五")).isEqualTo(2015.0);
        assertThat(ChineseQuantities.number("1,500")).isEqualTo(1500.0);
        assertThat(ChineseQuantities.number("万")).isEqualTo(10000.0);
        assertThat(ChineseQuantities.number("亿")).isEqualTo(1e8);
    }

    @Test
    void yearsDaysAndClockTimesAreNotQuantities() {
        assertThat(quantities(
                "The war began in March 2011. The town fell on 25 April and on May 21. It happened at 6:15 p.m. in 2015."))
                .isEmpty();
    }

    @Test
    void timeExpressionsResolveAgainstThePublicationDate() {
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "Rebels took the town on 25 April. The source spoke on Wednesday. Last week fighting resumed. "
                        + "The conflict began in March 2011. Talks ended yesterday.", LocalDate.of(2015, 6, 8)));
        assertThat(t).extracting(TimeExpression::value).containsExactly("2015-04-25", "2015-06-03", "2015-W23", "2011-03", "2015-06-07");
        assertThat(new TimeExpressionExtractor().extract(article("Rebels took the town on April 25.", null)))
                .extracting(TimeExpression::value).containsExactly("XXXX-04-25");
        assertThat(new TimeExpressionExtractor().extract(article("Nothing happened on 31 February.", null))).isEmpty();
    }

    @Test
    void lastAndNextMonthsLookBackAndForwardAndAnHourIsATime() {
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "He resigned last June. Elections are due next February. An hour later the polls closed. "
                        + "Talks lasted two hours.", LocalDate.of(2013, 3, 15)));
        assertThat(t).extracting(TimeExpression::value).containsExactly("2012-06", "2014-02", "PT1H", "PT2H");
    }

    @Test
    void timeExpressionSpansAsTimeMlMarksThem() {
        // the preposition that anchors a match is left out; a modifier of the time ("earlier", "late", "last") is kept
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "Talks resumed on Friday. Sales fell in 1988. Prices rose earlier this year. "
                        + "The vote came late yesterday. The plant opened last November.", LocalDate.of(1989, 12, 6)));
        assertThat(t).extracting(x -> x.span().text(), TimeExpression::value).containsExactly(
                tuple("Friday", "1989-12-01"),
                tuple("1988", "1988"),
                tuple("earlier this year", "1989"),
                tuple("late yesterday", "1989-12-05"),
                tuple("last November", "1989-11"));
    }

    @Test
    void aPartOfATimeIsOneExpressionWithItAndASignalIsNoPartOfADuration() {
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "The plant closes at the end of this year. Profit rose in the third quarter of 2009. "
                        + "The strike ended two weeks after the vote. Shares fell earlier today. "
                        + "Over the past decade prices doubled. Talks lasted nearly five months.", LocalDate.of(2010, 3, 3)));
        assertThat(t).extracting(x -> x.span().text(), TimeExpression::type, TimeExpression::value).containsExactly(
                tuple("the end of this year", "DATE", "2010"),
                tuple("the third quarter of 2009", "DATE", "2009-Q3"),
                // "after" relates the weeks to the vote, not to the paper's date
                tuple("two weeks", "DURATION", "P2W"),
                tuple("earlier today", "DATE", "2010-03-03"),
                tuple("the past decade", "DATE", "200"),
                tuple("nearly five months", "DURATION", "P5M"));
    }

    @Test
    void wireClockTimesDecadesSeasonsAndDurationsOfNoLength() {
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "The launch is set for 18:00 UTC Monday. Prices last rose like this in the late 1970s. "
                        + "Work will resume in spring. Such talks can drag on for years. Output peaked in mid-2011.",
                LocalDate.of(2012, 6, 6)));
        assertThat(t).extracting(x -> x.span().text(), TimeExpression::type, TimeExpression::value).containsExactly(
                tuple("18:00 UTC Monday", "TIME", "2012-06-04T18:00Z"),
                tuple("the late 1970s", "DATE", "197"),
                tuple("spring", "DATE", "2012-SP"),
                tuple("years", "DURATION", "PXY"),
                tuple("mid-2011", "DATE", "2011"));
    }

    @Test
    void partsOfTheDayAndAnEarningsReportsYearAgo() {
        LocalDate dct = LocalDate.of(1989, 10, 26);
        assertThat(new TimeExpressionExtractor().extract(article("Troops moved in Wednesday night. Talks resume tonight. "
                + "Prices fell over the weekend.", dct)))
                .extracting(TimeExpression::value).containsExactly("1989-10-25TNI", "1989-10-26TNI", "1989-W42-WE");
        // the quarter is named in other sentences: the report compares quarters throughout
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "Profit rose in the third quarter. Sales were flat. Revenue was $5 million a year ago. "
                        + "The fourth quarter looks weaker.", dct));
        assertThat(t).extracting(x -> x.span().text(), TimeExpression::value).contains(
                tuple("a year ago", "1988-Q3"));
    }

    @Test
    void quartersMonthsAndYearAgoInEarningsNews() {
        LocalDate dct = LocalDate.of(1989, 10, 26);
        List<TimeExpression> t = new TimeExpressionExtractor().extract(article(
                "Third-quarter profit rose 5% from a year ago. In the fourth quarter sales may fall. "
                        + "The company expects a decision in January. It hired a 6-year-old actor for 52 years old fans. "
                        + "It reports daily.", dct));
        // the year-ago figure beside a quarter is that quarter a year before; January is ahead, December behind
        assertThat(t).extracting(x -> x.span().text(), TimeExpression::value).containsExactly(
                tuple("Third-quarter", "1989-Q3"),
                tuple("a year ago", "1988-Q3"),
                tuple("the fourth quarter", "1989-Q4"),
                tuple("January", "1990-01"),
                tuple("daily", "P1D"));
        assertThat(new TimeExpressionExtractor().extract(article("A quarter of the town voted. It came a year ago.", dct)))
                .extracting(TimeExpression::value).containsExactly("1988");
    }

    @Test
    void attributionsWithChainsAndInheritedSpeakers() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Around 7,000 fighters have arrived, a Syrian security source told AFP. "
                        + "\"The goal is to reach 10,000 men,\" the source added. "
                        + "IRNA quoted General Qassem Soleimani as saying \"the world will be surprised.\" "
                        + "More than 20,000 fighters moved near Idlib, As-Safir reported.", null));
        assertThat(a).extracting(Attribution::chain).containsExactly(
                List.of("Syrian security source", "AFP"), List.of("Syrian security source", "AFP"),
                List.of("General Qassem Soleimani", "IRNA"), List.of("As-Safir"));
        assertThat(a).extracting(Attribution::named).containsExactly(false, false, true, true);
        assertThat(a.get(0).cue().text()).isEqualTo("told");
        assertThat(a.get(3).content().text()).startsWith("More than 20,000 fighters");
    }

    @Test
    void attributedContentIsMarkedAsPolnearMarksIt() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "The mayor said that the bridge would reopen in May. "
                        + "Clinton leads Trump by 46 percent to 42 percent, according to the poll. "
                        + "Around 7,000 fighters have arrived, a Syrian security source told AFP.", null));
        // with its "that", without the closing period; before the source when the source comes last
        assertThat(a).extracting(x -> x.content().text()).containsExactly("that the bridge would reopen in May",
                "Clinton leads Trump by 46 percent to 42 percent", "Around 7,000 fighters have arrived");
    }

    @Test
    void aCueKeepsItsAuxiliariesAndItsColonAsPolnearMarksCues() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Senator Amy Cole has repeatedly said that the tax would hurt farmers. "
                        + "The mayor tweeted: the bridge will reopen in May. "
                        + "The ministry said in a statement that the border stays closed.", null));
        assertThat(a).extracting(x -> x.source().text(), x -> x.cue().text()).containsExactly(
                tuple("Senator Amy Cole", "has repeatedly said"),
                tuple("The mayor", "tweeted:"),
                tuple("The ministry", "said in a statement"));
    }

    @Test
    void whatIsSaidStartsAtThatAfterTheCuesObjectAndStopsAtASemicolon() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Cook told the Times on Tuesday that Carter stopped the practice. "
                        + "The governor said that the levee would hold; the rain stopped at noon.", null));
        assertThat(a).extracting(x -> x.content().text()).containsExactly(
                "that Carter stopped the practice", "that the levee would hold");
    }

    @Test
    void aSpeakerInsideWhatIsSaidLeavesItWhole() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "\u201cJudge,\u201d Brafman said, \u201cI have never had that happen in any case.\u201d\n\n"
                        + "This campaign, he says, is different from the last one.\n\n"
                        + "\u201cWe pulled nine people out,\u201d Okafor said, adding that divers would keep searching.", null));
        assertThat(a).extracting(x -> x.content().text()).containsExactly(
                "\u201cJudge,\u201d Brafman said, \u201cI have never had that happen in any case.\u201d",
                "This campaign, he says, is different from the last one",
                // a participle after the cue is a cue of its own, not the rest of the quotation
                "that divers would keep searching");
    }

    @Test
    void aQuotationResumedAfterItsSpeakerRunsToItsClosingMarkOverParagraphs() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "\u201cI am not shy,\u201d I said. \u201cI have not been reluctant. I have said so for years.\n\n"
                        + "\u201cAnd I will say it again.\u201d\n\nThe judge listened.", null));
        assertThat(a.get(0).content().text()).startsWith("\u201cI am not shy,\u201d I said.")
                .endsWith("\u201cAnd I will say it again.\u201d");
        // a paragraph that does not open with a quotation mark ends it: no closing mark, no extension
        assertThat(AttributionExtractor.closingMark("\u201cA. B.\n\nThe judge listened.", 1)).isEqualTo(-1);
    }

    @Test
    void aNameBeforeAHeadlinesColonSpeaksAndAPageLabelDoesNot() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Carson: Cruz is taking the wrong approach to Iowa.\n\nUpdate: the bridge reopened at noon.\n\n"
                        + "The union praised the decision to reopen the bridge.", null));
        assertThat(a).extracting(x -> x.source().text(), x -> x.cue().text()).containsExactly(
                tuple("Carson", ":"), tuple("The union", "praised"));
    }

    @Test
    void invertedCuesAndRoleNounSpeakers() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "\u201cThis is in their heads,\u201d said Caddell, speaking of the campaign. "
                        + "During the rally Monday, the former president said premiums are rising.", null));
        assertThat(a).extracting(x -> x.source().text(), x -> x.cue().text()).containsExactly(
                tuple("Caddell", "said"),
                tuple("the former president", "said"));
    }

    @Test
    void aSourceIsTheNounPhraseNotTheVerbsAfterIt() {
        assertThat(AttributionExtractor.withoutTrailingVerb("Derek Chauvin was")).isEqualTo("Derek Chauvin");
        assertThat(AttributionExtractor.withoutTrailingVerb("Dutch authorities have officially")).isEqualTo("Dutch authorities");
        assertThat(AttributionExtractor.withoutTrailingVerb("Health Minister Hassan Hamad had")).isEqualTo("Health Minister Hassan Hamad");
        assertThat(AttributionExtractor.withoutTrailingVerb("the report does not")).isEqualTo("the report");
        assertThat(AttributionExtractor.withoutTrailingVerb("the regional farmers' union")).isEqualTo("the regional farmers' union");
        // "the young leader, who he said committed to ...": the speaker is "he", whoever "who" is
        assertThat(AttributionExtractor.trimSource("who he")).isEqualTo("he");
        assertThat(AttributionExtractor.trimSource("who")).isEqualTo("who");
    }

    @Test
    void anUnresolvedHeIsThePersonLastNamedWhenTheTextNamedOne() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Mr Macron will be the youngest president of the republic. "
                        + "He said that a new page was being turned in French history.", null));
        assertThat(a).extracting(Attribution::chain).containsExactly(List.of("Mr Macron"));
        assertThat(AttributionExtractor.lastPerson("Mr Macron", "The French voted in the run-off.")).isEqualTo("Mr Macron");
        assertThat(AttributionExtractor.lastPerson("Mr Macron", "President Francois Hollande spoke.")).isEqualTo("President Francois Hollande");
        assertThat(AttributionExtractor.lastPerson("Mr Macron", "Donald Trump and Kim Jong-un ended their summit.")).isNull();
        // two people named before: "he" stays "he" (the story stage counts it as no one's)
        assertThat(new AttributionExtractor().extract(article("Donald Trump and Kim Jong-un ended their summit early. "
                + "He said the issue was the sanctions on the North.", null))).extracting(Attribution::chain)
                .containsExactly(List.of("He"));
    }

    @Test
    void aClauseOrAShoutedHeadingIsNoSource() {
        assertThat(AttributionExtractor.notANounPhrase("surprise move came just hours before the two leaders")).isTrue();
        assertThat(AttributionExtractor.notANounPhrase("MISSION COMPLETED")).isTrue();
        assertThat(AttributionExtractor.notANounPhrase("AFP")).isFalse();
        assertThat(AttributionExtractor.notANounPhrase("the official who was at the scene")).isFalse();
        assertThat(AttributionExtractor.notANounPhrase("a Syrian security source")).isFalse();
        assertThat(AttributionExtractor.notANounPhrase("March after an inspection")).isTrue();
        List<Attribution> a = new AttributionExtractor().extract(article(
                "MISSION COMPLETED: Such a feeling to confirm that all 14 miners have come out of the shaft safely. "
                        + "The surprise move came just hours before the two leaders were expected to sign a joint agreement.", null));
        assertThat(a).extracting(x -> x.source().text()).isEmpty();
    }

    @Test
    void aBodyNamedByItsKindIsASource() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Farmers moved more than 800 cattle to pastures near the town, the regional farmers' union said.", null));
        assertThat(a).extracting(x -> x.source().text()).containsExactly("the regional farmers' union");
    }

    @Test
    void aRelativeClauseAfterTheSpeakerIsNoPartOfTheSource() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "Commuter Lidia Brandt, who was crossing on foot, said she felt the deck drop \"like a lift\" before it fell.", null));
        assertThat(a).as("%s", a).extracting(x -> x.source().text()).containsExactly("Commuter Lidia Brandt");
    }

    @Test
    void aBodyThatPutsAFigureAtAValueIsItsSource() {
        List<Attribution> a = new AttributionExtractor().extract(article(
                "The regional council, however, put the number of people evacuated at 4,500, saying that cottages were cleared. "
                        + "Hospital officials put the death toll at 63.", null));
        assertThat(a).extracting(x -> x.source().text()).containsExactly("The regional council", "Hospital officials");
        assertThat(a.get(0).content().text()).startsWith("the number of people evacuated at 4,500");
    }

    @Test
    void aQuotationIsWholeAndAnAppositiveBelongsToItsSpeaker() {
        List<Attribution> found = new AttributionExtractor().extract(article(
                "“The bridge is safe,” said Dana Okafor, the fire chief. “We checked every pier twice.” "
                        + "Richard Revesz, director of the institute, said the states were exaggerating the risk.", null));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).content().text())
                .isEqualTo("“The bridge is safe,” said Dana Okafor, the fire chief. “We checked every pier twice.”");
        assertThat(found.get(1).source().text()).isEqualTo("Richard Revesz, director of the institute,");
        assertThat(found.get(1).content().text()).isEqualTo("the states were exaggerating the risk");
    }

    @Test
    void entitiesAreTypedAndLinked() {
        List<EntityMention> e = new EntityRecognizer().extract(article(
                "Maj. Gen. Qassem Soleimani arrived in Damascus with Iranian advisers. Later Soleimani met the Nusra Front's rivals.", null));
        assertThat(e).filteredOn(m -> m.span().text().equals("Soleimani")).singleElement()
                .satisfies(m -> assertThat(m.canonical()).isEqualTo("Qassem Soleimani"));
        assertThat(e).filteredOn(m -> m.span().text().equals("Qassem Soleimani")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
        assertThat(e).filteredOn(m -> m.span().text().equals("Damascus")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
        assertThat(e).filteredOn(m -> m.span().text().equals("Iranian")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.GROUP));
    }

    @Test
    void aNameNoCueTypesIsAPersonsByItsGivenNameOrWhenCalledByItsLastWordAlone() {
        List<EntityMention> e = new EntityRecognizer().extract(article(
                "Alan Mulally flew with Aer Lingus to meet Jusman Djamal. Djamal signed the order.", null));
        assertThat(e).extracting(m -> m.span().text(), EntityMention::type).contains(
                tuple("Alan Mulally", EntityType.PERSON),
                tuple("Aer Lingus", EntityType.ORGANIZATION),
                tuple("Jusman Djamal", EntityType.PERSON));
    }

    @Test
    void theFactExtractorIsStatelessAndThreadSafe() throws Exception {
        FactExtractor facts = FactExtractor.standard();
        List<AnalyzedArticle> inputs = List.of(
                article("Around 7,000 fighters have arrived on Wednesday, a source told AFP.", LocalDate.of(2015, 6, 8)),
                article("The bank raised rates to 5.25 percent on Thursday, governor Elsa Moravec said.", LocalDate.of(2024, 3, 14)),
                article("据新华社报道，约7000名战士已于6月8日抵达前线。指挥部昨天表示，局势已经得到控制。", LocalDate.of(2015, 6, 10)));
        List<ArticleFacts> expected = inputs.stream().map(facts::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            int n = inputs.size();
            List<Future<ArticleFacts>> futures = IntStream.range(0, 60).mapToObj(i -> pool.submit(() -> facts.extract(inputs.get(i % n)))).toList();
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get()).isEqualTo(expected.get(i % n));
        } finally {
            pool.shutdown();
        }
    }
}
