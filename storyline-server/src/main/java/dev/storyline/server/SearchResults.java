package dev.storyline.server;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/search: matching stories and articles, best first, each article with a snippet around the first match;
 * the stories found are what a search-result summary summarises ({@link #storiesFound}).
 */
final class SearchResults {
    static final int LIMIT = 50;
    static final int MAX_QUERY = 1000;
    private static final int CONTEXT = 90;

    private SearchResults() {}

    static Map<String, Object> of(String q, Snapshot snapshot) {
        if (q == null || q.isBlank()) throw ApiError.badRequest("q is required");
        if (q.length() > MAX_QUERY) throw ApiError.badRequest("q is over " + MAX_QUERY + " characters");
        Set<String> terms = snapshot.search().terms(q);
        List<Map<String, Object>> stories = new ArrayList<>();
        List<Map<String, Object>> articles = new ArrayList<>();
        for (SearchIndex.Hit hit : snapshot.search().search(q, LIMIT)) {
            if (hit.type().equals("story")) {
                Story s = snapshot.stories.get(hit.id());
                Map<String, Object> m = StoryView.listItem(s, snapshot);
                m.put("score", hit.score());
                stories.add(m);
            } else {
                Article a = snapshot.articles.get(hit.id());
                Map<String, Object> m = ArticleView.reference(a, snapshot);
                m.remove("copies");
                m.remove("copiedBy");
                m.put("snippet", snippet(a.text(), q, terms));
                m.put("score", hit.score());
                articles.add(m);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("stories", stories);
        m.put("articles", articles);
        return m;
    }

    /**
     * The stories a search finds, best first: the stories that match and the stories of the articles that match,
     * each once. What a summary of the search result summarises.
     */
    static List<Story> storiesFound(String q, Snapshot snapshot) {
        Map<String, Story> found = new LinkedHashMap<>();
        for (SearchIndex.Hit hit : snapshot.search().search(q, LIMIT)) {
            String id = hit.type().equals("story") ? hit.id() : snapshot.storyOfArticle.get(hit.id());
            Story s = id == null ? null : snapshot.stories.get(id);
            if (s != null) found.putIfAbsent(s.id(), s);
        }
        return List.copyOf(found.values());
    }

    /**
     * A window of the text around the first word that starts like a query word or term. Plain text: the UI
     * renders it as text, so no markup is added here.
     */
    static String snippet(String text, String q, Set<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        List<String> needles = new ArrayList<>(List.of(q.toLowerCase(Locale.ROOT).split("\\W+")));
        needles.addAll(terms);
        for (String n : needles) {
            if (n.length() < 2) continue;
            int i = lower.indexOf(n);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        if (at < 0) at = 0;
        int from = Math.max(0, at - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space >= 0 && space < at) from = space + 1;
        }
        int to = Math.min(text.length(), at + CONTEXT * 2);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            if (space > at) to = space;
        }
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "… " : "") + s + (to < text.length() ? " …" : "");
    }
}
