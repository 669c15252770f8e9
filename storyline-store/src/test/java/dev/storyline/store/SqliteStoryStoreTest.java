package dev.storyline.store;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteStoryStoreTest {
    @TempDir
    java.nio.file.Path dir;

    static Article article(String id, String hash, String text) {
        return new Article(id, "test:" + id, null, "Title " + id, "Outlet", null, LocalDate.of(2024, 3, 12), List.of(), text,
                List.of(), hash);
    }

    @Test
    void addedArticlesSurviveReopeningAndDuplicatesAreRefused() {
        try (SqliteStoryStore store = SqliteStoryStore.open(dir)) {
            assertThat(store.addArticles(List.of(article("a", "h1", "One."), article("b", "h2", "Two."))))
                    .extracting(Article::id).containsExactly("a", "b");
            assertThat(store.addArticles(List.of(article("c", "h1", "Same content as a."), article("a", "h3", "Same id."))))
                    .isEmpty();
        }
        try (SqliteStoryStore store = SqliteStoryStore.open(dir)) {
            assertThat(store.articles()).extracting(Article::id).containsExactly("a", "b");
            assertThat(store.article("b")).get().extracting(Article::text).isEqualTo("Two.");
            assertThat(store.article("zzz")).isEmpty();
        }
    }

    @Test
    void aSavedRunReadsBackEqualAndReplacesThePreviousOne() {
        try (SqliteStoryStore store = SqliteStoryStore.open(dir)) {
            store.addArticles(List.of(article("a", "h1", "Around 7,000 fighters arrived in Damascus on Tuesday, a source told AFP."),
                    article("b", "h2", "Around 7,000 fighters arrived in Damascus on Tuesday, a source said.")));
            StoryService service = new StoryService(new Storyline(Settings.DEFAULTS), store);
            StoryRun run = service.rebuild();
            assertThat(store.lastRun()).get().satisfies(r -> {
                assertThat(r.stories()).isEqualTo(run.stories());
                assertThat(r.reuses()).isEqualTo(run.reuses());
                assertThat(r.facts()).isEqualTo(run.facts());
            });
            store.saveRun(new StoryRun(store.articles(), List.of(), List.of(), List.of(), run.provenance()));
            assertThat(store.stories()).isEmpty();
        }
    }
}
