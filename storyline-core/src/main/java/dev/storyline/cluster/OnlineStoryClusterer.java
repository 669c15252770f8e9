package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// PLACEHOLDER: replaced by the real online clusterer.
final class OnlineStoryClusterer implements StoryClusterer {
    private final LinkedHashMap<String, List<String>> stories = new LinkedHashMap<>();

    OnlineStoryClusterer(ClusterSettings settings) {}

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses) {
        String id = "s-" + article.id();
        stories.computeIfAbsent(id, k -> new ArrayList<>()).add(article.id());
        return new Assignment(article.id(), id, true, 0, Map.of());
    }

    @Override
    public LinkedHashMap<String, List<String>> membership() {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        stories.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
