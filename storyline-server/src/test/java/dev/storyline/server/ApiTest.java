package dev.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read endpoint over the bundled samples (three stories), on a real server. */
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withSamples();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json(r);
    }

    static String storyWith(String headlineWord) throws Exception {
        for (JsonNode s : ok("/api/stories").get("stories")) {
            if (s.get("headline").asText().contains(headlineWord)) return s.get("id").asText();
        }
        throw new AssertionError("no story with " + headlineWord);
    }

    @Test
    void listsTheThreeSampleStoriesNewestFirst() throws Exception {
        JsonNode page = ok("/api/stories");
        JsonNode stories = page.get("stories");
        assertThat(stories).hasSize(3);
        assertThat(page.get("nextCursor").isNull()).isTrue();
        List<String> last = new ArrayList<>();
        stories.forEach(s -> last.add(s.get("lastPublished").asText()));
        assertThat(last).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(stories.get(0).get("articleCount").asInt()).isEqualTo(3);
        assertThat(stories.get(0).get("outlets")).isNotEmpty();
    }

    @Test
    void pagesWithAnOpaqueCursorAndNoOverlap() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/stories?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("stories").forEach(s -> seen.add(s.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        List<String> all = new ArrayList<>();
        ok("/api/stories").get("stories").forEach(s -> all.add(s.get("id").asText()));
        assertThat(seen).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersByOutletEntityQueryAndSince() throws Exception {
        assertThat(ok("/api/stories?outlet=northgate%20herald").get("stories")).hasSize(2);
        assertThat(ok("/api/stories?outlet=Meridian%20Press").get("stories")).hasSize(1);
        assertThat(ok("/api/stories?q=wildfire").get("stories")).hasSize(1);
        assertThat(ok("/api/stories?q=wildfire").get("stories").get(0).get("headline").asText()).containsIgnoringCase("fire");
        assertThat(ok("/api/stories?entity=Okafor").get("stories")).hasSize(1);
        assertThat(ok("/api/stories?since=2030-01-01").get("stories")).isEmpty();
        assertThat(ok("/api/stories?since=2024-01-01").get("stories")).hasSize(3);
        // the samples are in English: by code or by name, any case
        assertThat(ok("/api/stories?language=en").get("stories")).hasSize(3);
        assertThat(ok("/api/stories?language=english").get("stories")).hasSize(3);
        assertThat(ok("/api/stories?language=fr").get("stories")).isEmpty();
    }

    @Test
    void aStorysStorylineListsItsStoriesTogether() throws Exception {
        for (JsonNode s : ok("/api/stories").get("stories")) {
            String line = s.get("storylineId").asText();
            JsonNode together = ok("/api/stories?storyline=" + line).get("stories");
            assertThat(together).hasSize(s.get("storylineStories").asInt());
            together.forEach(t -> assertThat(t.get("storylineId").asText()).isEqualTo(line));
            assertThat(together.findValuesAsText("id")).contains(s.get("id").asText());
        }
        assertThat(ok("/api/stories?storyline=no-such-storyline").get("stories")).isEmpty();
    }

    @Test
    void badListParametersAre400() throws Exception {
        for (String q : List.of("limit=0", "limit=abc", "limit=101", "since=yesterday", "cursor=%21%21")) {
            HttpResponse<String> r = server.get("/api/stories?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(json(r).get("status").asInt()).isEqualTo(400);
            assertThat(json(r).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void storyHasCitedSummaryClaimsTimelineCoverageAndArticles() throws Exception {
        JsonNode story = ok("/api/stories/" + storyWith("ridge"));
        assertThat(story.get("summary")).isNotEmpty();
        JsonNode citation = story.get("summary").get(0).get("citationDetails").get(0);
        assertThat(citation.get("end").asInt()).isGreaterThan(citation.get("start").asInt());
        JsonNode wire = null;
        for (JsonNode c : story.get("claims")) {
            if (c.get("kind").asText().equals("quantity") && c.get("value").asText().equals("14")) wire = c;
        }
        assertThat(wire).as("the 14 injured claim").isNotNull();
        assertThat(wire.get("supportingArticleIds")).hasSize(3);
        assertThat(wire.get("origins")).hasSize(1);
        assertThat(wire.get("variants")).isNotEmpty();
        assertThat(story.get("timeline")).isNotEmpty();
        assertThat(story.get("coverage")).isNotEmpty();
        assertThat(story.get("articles")).hasSize(3);
        assertThat(story.get("articles").get(0).get("title").asText()).isNotBlank();
        // the cited offsets point into the cited article's cleaned text
        JsonNode article = ok("/api/articles/" + citation.get("articleId").asText());
        String sentence = article.get("text").asText().substring(citation.get("start").asInt(), citation.get("end").asInt());
        assertThat(sentence).isNotBlank();
    }

    @Test
    void sinceAddsAnUpdateSummaryOfTheNewerArticlesOnly() throws Exception {
        String id = storyWith("ridge");
        JsonNode all = ok("/api/stories/" + id + "?since=2000-01-01").get("update");
        assertThat(all.get("since").asText()).isEqualTo("2000-01-01");
        assertThat(all.get("summary")).isNotEmpty();
        assertThat(all.get("summary").get(0).get("citations")).isNotEmpty();
        JsonNode none = ok("/api/stories/" + id + "?since=2100-01-01").get("update");
        assertThat(none.get("summary")).isEmpty();
        assertThat(ok("/api/stories/" + id).has("update")).isFalse();
        var bad = server.get("/api/stories/" + id + "?since=soon");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).contains("yyyy-mm-dd");
    }

    @Test
    void queryFocusesTheSummaryOrTheUpdateAndIsBounded() throws Exception {
        String id = storyWith("ridge");
        JsonNode focus = ok("/api/stories/" + id + "?query=" + java.net.URLEncoder.encode("the bridge inspection", java.nio.charset.StandardCharsets.UTF_8)).get("focus");
        assertThat(focus.get("query").asText()).isEqualTo("the bridge inspection");
        assertThat(focus.has("since")).isFalse();
        assertThat(focus.get("summary")).isNotEmpty();
        JsonNode update = ok("/api/stories/" + id + "?since=2000-01-01&query=inspection").get("update");
        assertThat(update.get("query").asText()).isEqualTo("inspection");
        assertThat(update.get("since").asText()).isEqualTo("2000-01-01");
        assertThat(ok("/api/stories/" + id + "?since=2000-01-01").get("update").has("query")).isFalse();
        for (String q : List.of("%20", "x".repeat(StorylineServer.MAX_QUERY_CHARS + 1))) {
            var bad = server.get("/api/stories/" + id + "?query=" + q);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).get("error").asText()).contains("query must be");
        }
    }

    @Test
    void theStoriesAreAnAtomFeedLinkedToTheirPagesAndOneStorylinesToo() throws Exception {
        var all = server.get("/api/stories.atom");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(all.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("/story/");
        int entries = all.body().split("<entry>", -1).length - 1;
        assertThat(entries).isEqualTo(ok("/api/stories").get("stories").size());
        String storyline = ok("/api/stories/" + storyWith("ridge")).get("storylineId").asText();
        var one = server.get("/api/stories.atom?storyline=" + storyline);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body().split("<entry>", -1).length - 1).isBetween(1, entries);
        assertThat(server.get("/api/stories.atom?storyline=none").statusCode()).isEqualTo(404);
    }

    @Test
    void aStorylineHasItsStoriesAndOneSummaryFocusedOrSinceADay() throws Exception {
        JsonNode story = ok("/api/stories/" + storyWith("ridge"));
        String line = story.get("storylineId").asText();
        JsonNode all = ok("/api/storylines/" + line);
        assertThat(all.get("stories")).extracting(n -> n.get("id").asText()).contains(story.get("id").asText());
        assertThat(all.get("summary").get("summary")).isNotEmpty();
        assertThat(all.get("summary").get("summary").get(0).get("citations")).isNotEmpty();
        JsonNode focused = ok("/api/storylines/" + line + "?query=inspection&since=2000-01-01").get("summary");
        assertThat(focused.get("query").asText()).isEqualTo("inspection");
        assertThat(focused.get("since").asText()).isEqualTo("2000-01-01");
        assertThat(ok("/api/storylines/" + line + "?since=2100-01-01").get("summary").get("summary")).isEmpty();
        assertThat(server.get("/api/storylines/none").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/storylines/" + line + "?since=soon").statusCode()).isEqualTo(400);
    }

    @Test
    void articleHasCleanTextRemovedBoilerplateAndReuseBothWays() throws Exception {
        JsonNode story = ok("/api/stories/" + storyWith("ridge"));
        boolean copied = false;
        boolean copies = false;
        boolean removed = false;
        for (JsonNode member : story.get("articles")) {
            JsonNode a = ok("/api/articles/" + member.get("id").asText());
            assertThat(a.get("text").asText()).isNotBlank();
            assertThat(a.get("storyId").asText()).isEqualTo(story.get("id").asText());
            copied |= !a.get("copiedBy").isEmpty();
            copies |= !a.get("copies").isEmpty();
            removed |= !a.get("removedDetail").isEmpty();
        }
        assertThat(copied).as("some article is copied by another").isTrue();
        assertThat(copies).as("some article copies another").isTrue();
        assertThat(removed).as("some article had boilerplate removed").isTrue();
    }

    @Test
    void unknownIdsAre404AsJson() throws Exception {
        for (String path : List.of("/api/stories/nope", "/api/articles/nope", "/api/nothing-here")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json(r).get("status").asInt()).isEqualTo(404);
            assertThat(json(r).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void wrongMethodIs405AsJson() throws Exception {
        HttpResponse<String> r = server.get("/api/articles");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(json(r).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void searchFindsArticlesAndStories() throws Exception {
        JsonNode r = ok("/api/search?q=evacuated");
        assertThat(r.get("articles")).isNotEmpty();
        JsonNode best = r.get("articles").get(0);
        assertThat(best.get("title").asText() + " " + best.get("snippet").asText()).containsIgnoringCase("evacuat");
        assertThat(ok("/api/search?q=Kessler%20Bridge").get("stories")).isNotEmpty();
        assertThat(ok("/api/search?q=zzzzqqq").get("articles")).isEmpty();
        assertThat(server.get("/api/search").statusCode()).isEqualTo(400);
        assertThat(r.has("summary")).as("a summary only when asked for").isFalse();
    }

    @Test
    void aSearchResultHasOneSummaryOfTheStoriesFoundFocusedOnTheQueryOrSinceADay() throws Exception {
        JsonNode r = ok("/api/search?q=evacuated&summary=true");
        JsonNode summary = r.get("summary");
        assertThat(summary.get("query").asText()).isEqualTo("evacuated");
        assertThat(summary.get("summary")).isNotEmpty();
        // every sentence cites articles of the stories found
        java.util.Set<String> found = new java.util.HashSet<>();
        r.get("articles").forEach(a -> found.add(a.get("storyId").asText()));
        r.get("stories").forEach(st -> found.add(st.get("id").asText()));
        for (JsonNode sentence : summary.get("summary")) {
            for (JsonNode c : sentence.get("citations")) {
                assertThat(found).contains(ok("/api/articles/" + c.asText()).get("storyId").asText());
            }
        }
        JsonNode since = ok("/api/search?q=evacuated&since=2100-01-01").get("summary");
        assertThat(since.get("since").asText()).isEqualTo("2100-01-01");
        assertThat(since.get("summary")).isEmpty();
        assertThat(ok("/api/search?q=zzzzqqq&summary=true").get("summary").isNull()).isTrue();
        assertThat(server.get("/api/search?q=evacuated&since=soon").statusCode()).isEqualTo(400);
        // more distinct terms than Lucene allows clauses for, within the length limit
        String many = String.join("+", java.util.stream.IntStream.range(0, 200).mapToObj(i -> "w" + i).toList());
        assertThat(server.get("/api/search?q=" + many).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/stories?q=" + many).statusCode()).isEqualTo(200);
    }

    @Test
    void servesOpenApiAndTheUiWithAStrictPolicy() throws Exception {
        JsonNode api = ok("/openapi.json");
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable()
                .contains("/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/search", "/api/events");
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Storyline");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(server.get("/app.js").headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
