package dev.storyline.server;

import dev.storyline.domain.Article;
import dev.storyline.domain.Reuse;
import dev.storyline.export.JsonExport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An article as the API shows it: the export's article (cleaned text, removed boilerplate) and its reuse both ways. */
final class ArticleView {
    private ArticleView() {}

    /** A member article in a story or a search hit: enough to list and link it. */
    static Map<String, Object> reference(Article a, Snapshot snapshot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("url", a.url());
        m.put("storyId", snapshot.storyOfArticle.get(a.id()));
        m.put("copies", reuses(snapshot.copies.get(a.id()), true, snapshot));
        m.put("copiedBy", reuses(snapshot.copiedBy.get(a.id()), false, snapshot));
        return m;
    }

    static Map<String, Object> detail(Article a, Snapshot snapshot) {
        Map<String, Object> m = JsonExport.article(a, Map.of());
        m.put("storyId", snapshot.storyOfArticle.get(a.id()));
        m.put("copies", reuses(snapshot.copies.get(a.id()), true, snapshot));
        m.put("copiedBy", reuses(snapshot.copiedBy.get(a.id()), false, snapshot));
        return m;
    }

    /**
     * Reuse links with the other article's title and outlet, so a reader sees who copied whom without another request.
     *
     * @param earlier true for the articles this one copies from, false for those that copy it
     */
    private static List<Map<String, Object>> reuses(List<Reuse> reuses, boolean earlier, Snapshot snapshot) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (reuses == null) return out;
        for (Reuse r : reuses) {
            Map<String, Object> m = new LinkedHashMap<>();
            String other = earlier ? r.sourceArticleId() : r.articleId();
            m.put("articleId", other);
            Article o = snapshot.articles.get(other);
            m.put("title", o == null ? null : o.title());
            m.put("outlet", o == null ? null : o.outlet());
            m.put("share", r.share());
            m.put("sentences", r.passages().size());
            out.add(m);
        }
        return out;
    }
}
