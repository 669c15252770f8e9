package dev.storyline.server;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.export.JsonExport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story as the API shows it: the export contract (docs/JSON.md) plus what a reader needs beside it. */
final class StoryView {
    private StoryView() {}

    /** The short form used by the list and the events. */
    static Map<String, Object> listItem(Story s, Snapshot snapshot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("storylineId", s.storylineId());
        m.put("storylineStories", s.storylineId() == null ? 1 : snapshot.storylineSize.getOrDefault(s.storylineId(), 1));
        m.put("headline", s.headline());
        m.put("whatHappened", s.summary() == null || s.summary().whatHappened() == null ? null : s.summary().whatHappened().text());
        m.put("articleCount", s.articleIds().size());
        m.put("claimCount", s.claims().size());
        // what a reader should know before opening it: figures the sources disagree on (each pair once), and
        // claims that rest on one unnamed source
        m.put("conflicts", s.claims().stream().mapToInt(c -> c.variants().size()).sum() / 2);
        m.put("singleUnnamedSource", (int) s.claims().stream().filter(dev.storyline.domain.Claim::singleUnnamedSource).count());
        m.put("outlets", snapshot.outlets(s));
        m.put("firstPublished", text(snapshot.firstPublished(s)));
        m.put("lastPublished", text(snapshot.lastPublished(s)));
        return m;
    }

    /**
     * The full story: summary with citations, claims with support, origins and variants, timeline and coverage
     * as JsonExport writes them, plus the member articles (for coverage over time and for opening a citation).
     */
    static Map<String, Object> detail(Story s, Snapshot snapshot) {
        Map<String, Object> m = JsonExport.story(s, snapshot.articles);
        m.put("outlets", snapshot.outlets(s));
        m.put("firstPublished", text(snapshot.firstPublished(s)));
        m.put("lastPublished", text(snapshot.lastPublished(s)));
        List<Map<String, Object>> members = new ArrayList<>();
        for (String id : s.articleIds()) {
            Article a = snapshot.articles.get(id);
            if (a != null) members.add(ArticleView.reference(a, snapshot));
        }
        m.put("articles", members);
        m.put("storyline", storyline(s, snapshot));
        return m;
    }

    /**
     * The stories of the story's storyline in the order they began (undated ones last), this one among them, as
     * {id, headline, firstPublished, current}: what came before and after it.
     */
    static List<Map<String, Object>> storyline(Story s, Snapshot snapshot) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Story o : snapshot.storiesOf(s.storylineId())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", o.id());
            item.put("headline", o.headline());
            item.put("firstPublished", text(snapshot.firstPublished(o)));
            item.put("current", o.id().equals(s.id()));
            out.add(item);
        }
        return out;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
