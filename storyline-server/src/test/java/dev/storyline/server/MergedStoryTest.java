package dev.storyline.server;

import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.AssignmentSignals;
import dev.storyline.domain.Provenance;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryMerge;
import dev.storyline.domain.StoryRun;
import dev.storyline.store.InMemoryStoryStore;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A story merged into another: the API shows the merge, and a link to the merged story leads to the one it is in. */
class MergedStoryTest {
    static final LocalDate DAY = LocalDate.of(2015, 6, 8);

    static Article article(String id) {
        return new Article(id, id + ".txt", null, "Title " + id, "Outlet", null, DAY, List.of(), "Text of " + id + ".", List.of(), id);
    }

    @Test
    void theMergeIsShownAndTheAbsorbedStoryRedirectsToTheStoryItIsIn() throws Exception {
        Provenance provenance = new Provenance("test", "f", Map.of());
        Story merged = new Story("s1", "s1", List.of("a", "b"), null, List.of(), List.of(),
                List.of(new Assignment("a", "s1", true, 0, AssignmentSignals.NONE), new Assignment("b", "s2", true, 0, AssignmentSignals.NONE)),
                List.of(), List.of(new StoryMerge("s2", 0.58, DAY, "c")), provenance);
        InMemoryStoryStore store = new InMemoryStoryStore();
        store.addArticles(List.of(article("a"), article("b")));
        store.saveRun(new StoryRun(List.of(article("a"), article("b")), List.of(merged), List.of(), List.of(), provenance));
        try (TestServer server = TestServer.over(store)) {
            HttpResponse<String> story = server.get("/api/stories/s1");
            assertThat(story.statusCode()).isEqualTo(200);
            assertThat(ApiTest.JSON.readTree(story.body()).get("merges").get(0).get("absorbedStoryId").asText()).isEqualTo("s2");

            HttpResponse<String> old = server.get("/api/stories/s2?since=2015-06-08");
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(old.headers().firstValue("Location")).contains("/api/stories/s1?since=2015-06-08");
            assertThat(server.get("/api/stories/s3").statusCode()).isEqualTo(404);
            // as the CLI takes it: a prefix only one story has, or its number in the listing
            for (String key : new String[]{"s", "1"}) {
                HttpResponse<String> meant = server.get("/api/stories/" + key);
                assertThat(meant.statusCode()).as(key).isEqualTo(302);
                assertThat(meant.headers().firstValue("Location")).contains("/api/stories/s1");
            }
        }
    }

    @Test
    void aStoryNamesTheStoriesOfItsStorylineInTheOrderTheyBegan() throws Exception {
        Provenance provenance = new Provenance("test", "f", Map.of());
        Article early = new Article("e", "e.txt", null, "Early", "Outlet", null, DAY, List.of(), "Text of e.", List.of(), "e");
        Article late = new Article("l", "l.txt", null, "Late", "Outlet", null, DAY.plusDays(9), List.of(), "Text of l.", List.of(), "l");
        Story later = new Story("s9", "line", List.of("l"), null, List.of(), List.of(),
                List.of(new Assignment("l", "s9", true, 0, AssignmentSignals.NONE)), List.of(), List.of(), provenance);
        Story first = new Story("s1", "line", List.of("e"), null, List.of(), List.of(),
                List.of(new Assignment("e", "s1", true, 0, AssignmentSignals.NONE)), List.of(), List.of(), provenance);
        InMemoryStoryStore store = new InMemoryStoryStore();
        store.addArticles(List.of(early, late));
        store.saveRun(new StoryRun(List.of(early, late), List.of(later, first), List.of(), List.of(), provenance));
        try (TestServer server = TestServer.over(store)) {
            var line = ApiTest.JSON.readTree(server.get("/api/stories/s9").body()).get("storyline");
            assertThat(line).hasSize(2);
            assertThat(line.get(0).get("id").asText()).isEqualTo("s1");
            assertThat(line.get(0).get("firstPublished").asText()).isEqualTo("2015-06-08");
            assertThat(line.get(0).get("current").asBoolean()).isFalse();
            assertThat(line.get(1).get("id").asText()).isEqualTo("s9");
            assertThat(line.get(1).get("current").asBoolean()).isTrue();
        }
    }
}
