package dev.storyline.server;

import dev.storyline.domain.Story;
import dev.storyline.text.Languages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/stories: filters (since, q, entity, outlet, language, storyline), newest activity first, in pages joined by an opaque cursor.
 *
 * @param since  only stories with an article published on or after this day
 * @param q      full-text query matched against the story or any of its articles
 * @param entity a name (or part of one) of a person, organisation or place the story's articles mention
 * @param outlet an outlet that published one of its articles (case ignored)
 * @param language a language one of its articles is written in, by code ("fr") or English name ("French"), case
 *                 ignored
 * @param storyline only the stories of this storyline (its id): a topic's stories together
 * @param limit  page size, 1..100
 * @param cursor where the previous page ended, or null for the first page
 */
record StoryListing(LocalDate since, String q, String entity, String outlet, String language, String storyline, int limit,
                    String cursor) {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static StoryListing of(String since, String q, String entity, String outlet, String language, String storyline,
                           String limit, String cursor) {
        LocalDate day = null;
        if (nonBlank(since) != null) {
            try {
                day = LocalDate.parse(since.strip().length() > 10 ? since.strip().substring(0, 10) : since.strip());
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("since must be a date like 2024-03-12, was '" + since + "'");
            }
        }
        int n = DEFAULT_LIMIT;
        if (nonBlank(limit) != null) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("limit must be a number, was '" + limit + "'");
            }
            if (n < 1 || n > MAX_LIMIT) throw ApiError.badRequest("limit must be 1.." + MAX_LIMIT + ", was " + n);
        }
        if (q != null && q.length() > SearchResults.MAX_QUERY) throw ApiError.badRequest("q is over " + SearchResults.MAX_QUERY + " characters");
        return new StoryListing(day, nonBlank(q), nonBlank(entity), nonBlank(outlet), nonBlank(language),
                nonBlank(storyline), n, nonBlank(cursor));
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    Map<String, Object> page(Snapshot snapshot) {
        String after = cursor == null ? null : Cursor.decode(cursor);
        Set<String> matching = q == null ? null : matching(snapshot);
        List<Map<String, Object>> items = new ArrayList<>();
        String lastKey = null;
        boolean more = false;
        for (Story s : snapshot.storiesByActivity()) {
            String key = snapshot.activity.get(s.id());
            if (after != null && key.compareTo(after) >= 0) continue;
            if (!accepts(s, snapshot, matching)) continue;
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(StoryView.listItem(s, snapshot));
            lastKey = key;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stories", items);
        m.put("nextCursor", more ? Cursor.encode(lastKey) : null);
        return m;
    }

    private boolean accepts(Story s, Snapshot snapshot, Set<String> matching) {
        if (matching != null && !matching.contains(s.id())) return false;
        if (since != null) {
            LocalDate last = snapshot.lastPublished(s);
            if (last == null || last.isBefore(since)) return false;
        }
        if (outlet != null && snapshot.outlets(s).stream().noneMatch(o -> o.equalsIgnoreCase(outlet.strip()))) return false;
        if (language != null && !writtenIn(s, snapshot)) return false;
        if (storyline != null && !storyline.strip().equals(s.storylineId())) return false;
        if (entity != null) {
            String wanted = entity.strip().toLowerCase(Locale.ROOT);
            return snapshot.entities.getOrDefault(s.id(), Set.of()).stream()
                    .anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(wanted));
        }
        return true;
    }

    /** Whether one of the story's articles is in the language asked for, named by code or by English name. */
    private boolean writtenIn(Story s, Snapshot snapshot) {
        String wanted = language.strip();
        for (String id : s.articleIds()) {
            dev.storyline.domain.Article a = snapshot.articles.get(id);
            if (a == null || !Languages.known(a.language())) continue;
            if (a.language().equalsIgnoreCase(wanted) || Languages.name(a.language()).equalsIgnoreCase(wanted)) return true;
        }
        return false;
    }

    /** Stories that match the query themselves or through one of their articles. */
    private Set<String> matching(Snapshot snapshot) {
        Set<String> ids = new HashSet<>();
        for (SearchIndex.Hit hit : snapshot.search().search(q, snapshot.articles.size() + snapshot.stories.size())) {
            if (hit.type().equals("story")) ids.add(hit.id());
            else {
                String story = snapshot.storyOfArticle.get(hit.id());
                if (story != null) ids.add(story);
            }
        }
        return ids;
    }
}
