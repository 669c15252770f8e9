package dev.storyline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Citation;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Origin;
import dev.storyline.domain.Removal;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Story;
import dev.storyline.text.Languages;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.Summary;
import dev.storyline.domain.SummarySentence;
import dev.storyline.domain.TimelineEvent;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON export contract (docs/JSON.md): {@code {"articles": [...], "stories": [...]}} with the names the
 * contract promises, plus extra fields (removal rules, citation offsets, origins' articles, assignments,
 * coverage, provenance). One mapping serves the CLI export, the REST API and the stream job.
 */
public final class JsonExport {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false); // never close stdout

    private JsonExport() {}

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The whole run as one JSON document. */
    public static Map<String, Object> document(StoryRun run) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> copies = copies(run.reuses());
        doc.put("articles", run.articles().stream().map(a -> article(a, copies)).toList());
        Map<String, Article> byId = new HashMap<>();
        run.articles().forEach(a -> byId.put(a.id(), a));
        doc.put("stories", run.stories().stream().map(s -> story(s, byId)).toList());
        return doc;
    }

    public static void writeJson(StoryRun run, Writer out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, document(run));
    }

    /** One object per line: each article ({@code "type": "article"}), then each story ({@code "type": "story"}). */
    public static void writeJsonLines(StoryRun run, Writer out) throws IOException {
        Map<String, Object> doc = document(run);
        for (String kind : List.of("articles", "stories")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) doc.get(kind);
            for (Map<String, Object> item : items) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("type", kind.equals("articles") ? "article" : "story");
                line.putAll(item);
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
        out.flush();
    }

    public static Map<String, Object> article(Article a, Map<String, List<Map<String, Object>>> copies) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("byline", a.byline());
        m.put("language", a.language());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("eventDate", a.eventDate());
        m.put("dates", a.dates());
        m.put("text", a.text());
        m.put("removed", a.removed().stream().map(Removal::text).toList());
        m.put("removedDetail", a.removed());
        m.put("bodySource", a.bodySource());
        m.put("evidence", a.evidence());
        m.put("copies", copies.getOrDefault(a.id(), List.of()));
        return m;
    }

    public static Map<String, Object> story(Story s, Map<String, Article> articles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("storylineId", s.storylineId());
        m.put("headline", s.headline());
        m.put("whatHappened", s.summary() == null || s.summary().whatHappened() == null ? null : s.summary().whatHappened().text());
        m.put("eventDate", s.eventDate());
        m.put("articleIds", s.articleIds());
        m.put("memberDates", s.memberDates());
        m.put("summary", s.summary() == null ? List.of() : s.summary().sentences().stream().map(JsonExport::sentence).toList());
        m.put("claims", s.claims().stream().map(c -> claim(c, articles)).toList());
        m.put("timeline", s.timeline().stream().map(JsonExport::event).toList());
        m.put("coverage", coverage(s, articles));
        m.put("languages", languages(s, articles));
        m.put("assignments", s.assignments().stream().map(a -> assignment(a, s.id())).toList());
        m.put("storylineMoves", s.moves());
        m.put("merges", s.merges());
        m.put("provenance", s.provenance());
        return m;
    }

    /**
     * An assignment as the record's JSON had it (articleId, storyId, newStory, score, signals), plus {@code why}:
     * the sentence the CLI prints, for the story it is listed under, so the web UI need not rebuild it.
     */
    private static Map<String, Object> assignment(Assignment a, String storyId) {
        if (a == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", a.articleId());
        m.put("storyId", a.storyId());
        m.put("newStory", a.newStory());
        m.put("score", a.score());
        m.put("signals", a.signals());
        m.put("why", a.why(storyId));
        return m;
    }

    /** An update summary (what is new in a story since a day), in the shape of a story's summary fields. */
    public static Map<String, Object> update(Summary update, LocalDate since) {
        return update(update, since, null);
    }

    /**
     * An update summary ({@code since} not null) or a focused one, with the query it follows when there is one:
     * the API's {@code update} and {@code focus} members.
     */
    public static Map<String, Object> update(Summary update, LocalDate since, String query) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (since != null) m.put("since", since.toString());
        if (query != null) m.put("query", query);
        m.put("headline", update.headline());
        m.put("whatHappened", update.whatHappened() == null ? null : update.whatHappened().text());
        m.put("summary", update.sentences().stream().map(JsonExport::sentence).toList());
        return m;
    }

    private static Map<String, Object> sentence(SummarySentence ss) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", ss.text());
        m.put("citations", ss.citedArticleIds());
        List<Map<String, Object>> details = new ArrayList<>();
        for (Citation c : ss.citations()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("articleId", c.articleId());
            d.put("sentence", c.sentenceIndex());
            d.put("start", c.start());
            d.put("end", c.end());
            d.put("similarity", c.similarity());
            details.add(d);
        }
        m.put("citationDetails", details);
        return m;
    }

    private static Map<String, Object> claim(Claim c, Map<String, Article> articles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("kind", c.kind());
        m.put("text", c.text());
        m.put("value", c.value());
        m.put("slot", c.slot());
        m.put("label", c.label());
        m.put("supportingArticleIds", c.supportingArticleIds());
        // a claim keeps the languages it was read in: a French page's 1,300 dead beside the English pages'
        m.put("languages", languages(c.supportingArticleIds(), articles));
        List<Map<String, Object>> origins = new ArrayList<>();
        for (Origin o : c.origins()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("name", o.name());
            om.put("articleIds", o.articleIds());
            om.put("named", o.named());
            om.put("why", o.why());
            origins.add(om);
        }
        m.put("origins", origins);
        m.put("variants", c.variants());
        m.put("singleUnnamedSource", c.singleUnnamedSource());
        m.put("evidence", c.evidence());
        return m;
    }

    private static Map<String, Object> event(TimelineEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date());
        m.put("text", e.text());
        m.put("articleIds", e.articleIds());
        return m;
    }

    /** Which outlet covered the story when, earliest first; the first is who broke it (as far as dates show). */
    public static List<Map<String, Object>> coverage(Story s, Map<String, Article> articles) {
        Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
        for (String id : s.articleIds()) {
            Article a = articles.get(id);
            if (a == null) continue;
            byOutlet.computeIfAbsent(a.outlet() == null ? "(unknown outlet)" : a.outlet(), k -> new ArrayList<>()).add(a);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byOutlet.forEach((outlet, list) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outlet", outlet);
            LocalDate first = list.stream().map(Article::published).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            m.put("first", first == null ? null : first.toString());
            m.put("articleIds", list.stream().map(Article::id).toList());
            out.add(m);
        });
        out.sort(Comparator.comparing((Map<String, Object> m) -> m.get("first") == null ? "9999" : (String) m.get("first")));
        return out;
    }

    /**
     * The languages the story's articles are written in, most articles first: code, English name and the articles
     * ({@code und} for those whose language could not be told; none for articles stored before languages were read).
     */
    public static List<Map<String, Object>> languages(Story s, Map<String, Article> articles) {
        return languages(s.articleIds(), articles);
    }

    /** The same for any articles: a claim's supporting ones. */
    public static List<Map<String, Object>> languages(List<String> articleIds, Map<String, Article> articles) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (String id : articleIds) {
            Article a = articles.get(id);
            if (a == null || a.language() == null) continue;
            byLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(id);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byLanguage.forEach((code, ids) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("language", code);
            m.put("name", Languages.name(code));
            m.put("articleIds", List.copyOf(ids));
            out.add(m);
        });
        // stable: most articles first, first seen first on a tie
        out.sort(Comparator.comparingInt((Map<String, Object> m) -> -((List<?>) m.get("articleIds")).size()));
        return out;
    }

    /** For each article, the articles it copies text from and how much. */
    public static Map<String, List<Map<String, Object>>> copies(List<Reuse> reuses) {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        for (Reuse r : reuses) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articleId", r.sourceArticleId());
            m.put("share", r.share());
            m.put("sentences", r.passages().size());
            out.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }
}
