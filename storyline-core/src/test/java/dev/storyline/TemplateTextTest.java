package dev.storyline;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared template text is not an event. Auto-generated local news (10 invented towns × 8 kinds of event, five
 * reports each, each town's news on its own days) shares its boilerplate sentences word for word across
 * unrelated articles; the copies must not join a town's eight events of one day into one story.
 */
class TemplateTextTest {
    static final String[] TOWNS = {"Marlow Ferris", "Quenby", "Ostrava Vale", "Hallet Cross", "Brinmoor", "Tessaly",
            "Dunmere", "Kestrel Bay", "Varnholt", "Lyle Green"};
    /** A kind of event: a title and two sentences of its own, with a number and a local name to vary. */
    static final String[][] KINDS = {
            {"Warehouse fire in %s", "Firefighters fought a blaze at a timber warehouse on %2$s Road in %1$s for %3$d hours.",
                    "The roof of the warehouse collapsed and smoke closed the nearby rail line."},
            {"Council approves new budget in %s", "The %1$s council approved a budget of %3$d million crowns for roads and schools.",
                    "Opposition councillors voted against the plan for the %2$s bypass."},
            {"Flooding closes roads in %s", "Heavy rain flooded %3$d streets in %1$s and the river burst its banks near %2$s.",
                    "Residents moved cars to higher ground as pumps worked through the night."},
            {"School opens new sports hall in %s", "Pupils of %2$s school in %1$s opened a sports hall that cost %3$d thousand crowns.",
                    "The hall has a climbing wall and a swimming pool for the whole district."},
            {"Bus drivers strike in %s", "Bus drivers in %1$s walked out over pay, cancelling %3$d routes including the %2$s line.",
                    "The union said the strike would last until the company improves its offer."},
            {"Museum reopens after renovation in %s", "The %2$s museum in %1$s reopened after a renovation that took %3$d months.",
                    "Its collection of medieval maps returned to the restored gallery."},
            {"Road crash injures drivers in %s", "A collision between a lorry and %3$d cars on the %2$s junction in %1$s injured four drivers.",
                    "Police closed the junction while investigators examined the wreckage."},
            {"Market hall celebrates anniversary in %s", "Traders at the %2$s market hall in %1$s marked %3$d years of trading with a fair.",
                    "Musicians played in the square and stalls offered local cheese and bread."}};
    /** The template every generated article carries, word for word. */
    static final String TEMPLATE = "This report was produced automatically from official data published by the regional authority. "
            + "For more local news from across the region, subscribe to our free daily newsletter today. "
            + "The information in this report was correct at the time of publication and may change later.";
    static final String[] STREETS = {"Mill", "Church", "Station", "Harbour", "Elm", "North", "Bridge", "Castle"};
    static final String[] STREET_KINDS = {"Road", "Lane", "Street", "Avenue", "Way", "Row", "Hill", "Close", "Gate", "Walk"};
    static final String[] FIRST = {"Anna", "Piet", "Lidia", "Tomas", "Mira", "Jonas", "Elsa", "Dana", "Teo", "Ines"};
    static final String[] LAST = {"Okafor", "Brandt", "Moravec", "Alvarado", "Castellanos", "Eklund", "Raines", "Sorel"};
    /** Who speaks for each kind of event. */
    static final String[] ROLES = {"fire chief", "council leader", "river warden", "head teacher", "union steward",
            "museum director", "police inspector", "market manager"};

    static List<Article> corpus() {
        return corpus(TEMPLATE);
    }

    /** The corpus with this template text under every article ("" for none). */
    static List<Article> corpus(String template) {
        Random random = new Random(7);
        List<Article> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 5, 6);
        for (int report = 0; report < 5; report++) {
            for (int t = 0; t < TOWNS.length; t++) {
                for (int k = 0; k < KINDS.length; k++) {
                    // each event has its own street, figure and spokesperson, as a generator fills them from its data
                    String street = STREETS[(t + k) % STREETS.length] + " " + STREET_KINDS[t];
                    int n = 3 + (t * 7 + k * 3) % 20;
                    String who = FIRST[(t + 3 * k) % FIRST.length] + " " + LAST[(2 * t + k) % LAST.length];
                    String title = String.format(KINDS[k][0], TOWNS[t]);
                    String text = String.format(KINDS[k][1], TOWNS[t], street, n) + " " + KINDS[k][2] + " "
                            + who + ", the " + ROLES[k] + ", confirmed the details." + (template.isEmpty() ? "" : "\n\n" + template);
                    String id = "t" + t + "k" + k + "r" + report;
                    // one town's news of one day: its eight events share the day, the town and the template
                    out.add(new Article(id, "gen:" + id, null, title, "Local Wire " + random.nextInt(5), null,
                            day.plusDays(10L * t + report % 2), List.of(), text, List.of(), "h" + id));
                }
            }
        }
        return out;
    }

    @Test
    void copiesOfTheTemplateJoinNoUnrelatedEvents() {
        StoryRun run = new Storyline(Settings.DEFAULTS).run(corpus(TEMPLATE));
        Map<String, String> townOfStory = new HashMap<>();
        for (Story s : run.stories()) {
            for (String id : s.articleIds()) {
                String town = id.substring(0, id.indexOf('k'));
                // before, the copied template joined all 80 events of all ten towns into one 400-article story
                assertThat(townOfStory.merge(s.id(), town, (a, b) -> a.equals(b) ? a : "mixed")).as("towns of story " + s.id())
                        .isEqualTo(town);
            }
            String firstEvent = s.articleIds().get(0).substring(0, s.articleIds().get(0).indexOf('r'));
            for (var a : s.assignments()) {
                // an event's first report, joined to another event's story, has nothing but the template to copy
                // from it, and that is no evidence
                if (a.newStory() || !a.articleId().endsWith("r0") || a.articleId().startsWith(firstEvent)) continue;
                assertThat(a.signals().reuse()).as("copied share credited to " + a.articleId()).isLessThan(0.1);
            }
        }
        // the reports of one event still come together
        assertThat(run.stories().size()).isLessThanOrEqualTo(2 * TOWNS.length * KINDS.length);
    }
}
