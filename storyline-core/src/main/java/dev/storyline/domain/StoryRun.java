package dev.storyline.domain;

import java.util.List;

/**
 * The result of running the pipeline over a set of articles.
 *
 * @param articles   the articles in arrival (publication) order
 * @param stories    the stories, in order of their first article
 * @param reuses     text reuse between articles
 * @param facts      facts per article, in article order
 * @param provenance what produced it
 */
public record StoryRun(List<Article> articles, List<Story> stories, List<Reuse> reuses, List<ArticleFacts> facts,
                       Provenance provenance) {
    public StoryRun {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        reuses = List.copyOf(reuses);
        facts = List.copyOf(facts);
    }

    /**
     * The story a reader means by {@code key}: its id, a prefix of the id that only it has, or its number (1 up)
     * in this order, as {@code storyline stories} lists them; null when none or several match.
     */
    public static Story find(List<Story> stories, String key) {
        if (key == null || key.isBlank()) return null;
        if (key.matches("\\d{1,6}")) {
            int n = Integer.parseInt(key);
            if (n >= 1 && n <= stories.size()) return stories.get(n - 1);
        }
        for (Story s : stories) if (s.id().equals(key)) return s;
        List<Story> matches = stories.stream().filter(s -> s.id().startsWith(key)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
