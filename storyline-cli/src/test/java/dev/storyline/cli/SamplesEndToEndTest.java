package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import dev.storyline.store.IngestReport;
import dev.storyline.store.SqliteStoryStore;
import dev.storyline.store.StoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled samples through ingest, store and stories: the truth samples/README.md states. */
class SamplesEndToEndTest {
    @TempDir
    static Path data;
    static StoryService service;
    static StoryRun run;
    static IngestReport report;

    @BeforeAll
    static void ingestSamples() {
        Path samples = Path.of("..", "samples");
        if (!Files.isDirectory(samples)) samples = Path.of("samples");
        service = new StoryService(new Storyline(Settings.DEFAULTS), SqliteStoryStore.open(data));
        report = service.ingest(List.of(samples));
        run = service.store().lastRun().orElseThrow();
    }

    @AfterAll
    static void close() {
        service.store().close();
    }

    static Story storyOf(String sourceSuffix) {
        String id = article(sourceSuffix).id();
        return run.stories().stream().filter(s -> s.articleIds().contains(id)).findFirst().orElseThrow();
    }

    static Article article(String sourceSuffix) {
        return run.articles().stream().filter(a -> a.source().endsWith(sourceSuffix)).findFirst().orElseThrow();
    }

    static List<String> ids(String... suffixes) {
        return java.util.Arrays.stream(suffixes).map(s -> article(s).id()).toList();
    }

    static Claim quantity(Story s, String value) {
        return s.claims().stream().filter(c -> c.kind().equals("quantity") && c.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void nineArticlesFormThreeStoriesOfThreeOutletsEach() {
        assertThat(report.rejections()).isEmpty();
        assertThat(report.added()).isEqualTo(9);
        assertThat(run.stories()).hasSize(3);
        assertThat(storyOf("alden-ledger-bridge.txt").articleIds()).containsExactlyInAnyOrderElementsOf(
                ids("alden-ledger-bridge.txt", "coastline-times-bridge.html", "wire-batch.jsonl#1"));
        assertThat(storyOf("valmora-post-rates.txt").articleIds()).containsExactlyInAnyOrderElementsOf(
                ids("valmora-post-rates.txt", "kerst-finance-rates.html", "wire-batch.jsonl#2"));
        assertThat(storyOf("brinmoor-courier-fire.txt").articleIds()).containsExactlyInAnyOrderElementsOf(
                ids("wire-batch.jsonl#3", "brinmoor-courier-fire.txt", "valley-gazette-fire.html"));
    }

    @Test
    void theWireFigureHasThreeArticlesAndOneOriginAndTheHospitalsFigureIsAVariant() {
        Story bridge = storyOf("alden-ledger-bridge.txt");
        Claim wire = quantity(bridge, "14");
        assertThat(wire.supportingArticleIds()).hasSize(3);
        assertThat(wire.origins()).singleElement().satisfies(o -> assertThat(o.name()).contains("Okafor").contains("Meridian Press"));
        Claim hospital = quantity(bridge, "22");
        assertThat(hospital.origins()).singleElement().satisfies(o -> assertThat(o.name()).contains("Hospital"));
        assertThat(wire.variants()).contains(hospital.id());

        Claim evacuated = quantity(storyOf("brinmoor-courier-fire.txt"), "3000");
        assertThat(evacuated.supportingArticleIds()).hasSize(3);
        assertThat(evacuated.origins()).hasSize(1);
    }

    @Test
    void relativeDatesLandOnTheCalendar() {
        assertThat(storyOf("alden-ledger-bridge.txt").timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-03-03");
            assertThat(e.text()).contains("closed one lane");
        });
        assertThat(storyOf("brinmoor-courier-fire.txt").timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-03-11");
            assertThat(e.text()).contains("The fire started on Monday");
        });
    }

    @Test
    void theCrawlDateInAPageHeaderIsNotThePublicationDate() {
        Article courier = article("brinmoor-courier-fire.txt");
        assertThat(courier.published()).isNull();
        assertThat(courier.dates()).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 1, 9));
            assertThat(d.trusted()).isFalse();
        });
        assertThat(article("kerst-finance-rates.html").published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void boilerplateIsRemovedAndKept() {
        Article ledger = article("alden-ledger-bridge.txt");
        assertThat(ledger.text()).doesNotContain("3 min read", "Read More", "Related Articles", "Share this article", "Leave a comment", "[Ledger Photo]");
        assertThat(ledger.removed()).extracting(r -> r.text()).contains("3 min read", "Related Articles");
        Article times = article("coastline-times-bridge.html");
        assertThat(times.text()).contains("Commuter Lidia Brandt").doesNotContain("cookies", "Sign up", "Council debates transit budget");
        assertThat(times.outlet()).isEqualTo("Coastline Times");
    }

    @Test
    void everySummarySentenceCitesItsOwnStory() {
        for (Story s : run.stories()) {
            assertThat(s.summary().sentences()).isNotEmpty();
            s.summary().sentences().forEach(ss -> assertThat(s.articleIds()).containsAll(ss.citedArticleIds()));
        }
    }

    /**
     * samples-claims-gold.jsonl (beside this test, not in samples/, which is ingested whole): the samples' truth,
     * written from what the articles were written to say, in the format of news-events/claims-dev.jsonl.
     */
    static List<com.fasterxml.jackson.databind.JsonNode> gold() throws java.io.IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> events = new java.util.ArrayList<>();
        String text;
        try (var in = SamplesEndToEndTest.class.getResourceAsStream("samples-claims-gold.jsonl")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) events.add(mapper.readTree(line));
        }
        return events;
    }

    /** The story claim of a gold claim: its value, in the story of its mentions, supported by every page that states it. */
    static Claim found(com.fasterxml.jackson.databind.JsonNode claim) {
        List<String> pages = new java.util.ArrayList<>();
        claim.path("mentions").forEach(m -> pages.add(article(m.path("id").asText()).id()));
        Story story = run.stories().stream().filter(st -> st.articleIds().containsAll(pages)).findFirst().orElseThrow(
                () -> new AssertionError(claim.path("claim_id").asText() + ": its pages are not in one story"));
        double value = claim.path("value").asDouble();
        return story.claims().stream().filter(c -> c.kind().equals("quantity") && Double.parseDouble(c.value()) == value
                        && c.supportingArticleIds().containsAll(pages)).findFirst()
                .orElseThrow(() -> new AssertionError(claim.path("claim_id").asText() + " not found"));
    }

    @Test
    void everyGoldClaimIsFoundWithItsOriginCountAndOnlyTheGoldConflictsAreVariants() throws Exception {
        java.util.Set<String> goldConflicts = new java.util.HashSet<>();
        for (var event : gold()) {
            java.util.Map<String, Claim> claims = new java.util.HashMap<>();
            for (var c : event.path("claims")) {
                Claim found = found(c);
                claims.put(c.path("claim_id").asText(), found);
                assertThat(found.origins()).as(c.path("claim_id").asText() + " origins: %s", found.origins())
                        .hasSize(c.path("independent_origins").asInt());
            }
            for (var conflict : event.path("conflicts")) {
                Claim a = claims.get(conflict.path("claims").get(0).asText());
                Claim b = claims.get(conflict.path("claims").get(1).asText());
                assertThat(a.variants()).as("%s: %s", conflict.path("why").asText(), a.label()).contains(b.id());
                assertThat(b.variants()).contains(a.id());
                goldConflicts.add(a.id() + "|" + b.id());
                goldConflicts.add(b.id() + "|" + a.id());
            }
            for (var look : event.path("not_conflicts")) {
                Claim a = claims.get(look.path("claims").get(0).asText());
                Claim b = claims.get(look.path("claims").get(1).asText());
                assertThat(a.variants()).as(look.path("why").asText()).doesNotContain(b.id());
            }
        }
        // no invented conflicts: every variant pair of the samples is one the gold names
        for (Story st : run.stories()) {
            for (Claim c : st.claims()) {
                for (String v : c.variants()) assertThat(goldConflicts).as("%s is shown conflicting with %s", c.label(), v).contains(c.id() + "|" + v);
            }
        }
    }

    @Test
    void whatHappenedIsEachStorysMainEvent() throws Exception {
        for (var event : gold()) {
            List<String> pages = new java.util.ArrayList<>();
            event.path("main_event_ids").forEach(m -> pages.add(article(m.asText()).id()));
            Story story = run.stories().stream().filter(st -> st.articleIds().containsAll(pages)).findFirst().orElseThrow();
            assertThat(story.summary().whatHappened().citedArticleIds()).as(event.path("main_event").asText()).containsAnyElementsOf(pages);
            assertThat(story.timeline()).as("the main event is on the timeline").anySatisfy(e ->
                    assertThat(e.articleIds()).containsAnyElementsOf(pages));
        }
    }
}
