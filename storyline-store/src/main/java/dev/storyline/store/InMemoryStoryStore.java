package dev.storyline.store;

import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store that keeps everything in memory: for tests and for callers that persist elsewhere. */
public final class InMemoryStoryStore implements StoryStore {
    private final Map<String, Article> byHash = new LinkedHashMap<>();
    private final Map<String, Article> byId = new LinkedHashMap<>();
    private StoryRun lastRun;

    @Override
    public synchronized List<Article> addArticles(List<Article> articles) {
        List<Article> added = new ArrayList<>();
        for (Article a : articles) {
            if (byHash.containsKey(a.contentHash()) || byId.containsKey(a.id())) continue;
            byHash.put(a.contentHash(), a);
            byId.put(a.id(), a);
            added.add(a);
        }
        return added;
    }

    @Override
    public synchronized List<Article> articles() {
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized void saveRun(StoryRun run) {
        lastRun = run;
    }

    @Override
    public synchronized Optional<StoryRun> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    @Override
    public void close() {}
}
