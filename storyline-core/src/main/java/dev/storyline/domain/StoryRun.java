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
}
