package dev.storyline.cli;

import dev.storyline.domain.Article;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Origin;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.StoryMerge;
import dev.storyline.domain.StorylineMove;
import dev.storyline.domain.Summary;
import dev.storyline.domain.SummarySentence;
import dev.storyline.domain.TimelineEvent;
import dev.storyline.export.JsonExport;
import dev.storyline.text.Languages;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Stories as text for a terminal: citations are [n] markers into the story's numbered source list. */
final class StoryPrinter {
    static final int CLAIMS_SHOWN = 12;

    private StoryPrinter() {}

    static void list(StoryRun run, PrintWriter out) {
        int n = 1;
        for (Story s : run.stories()) {
            String line = s.storylineId().equals(s.id()) ? "" : "  (storyline " + s.storylineId() + ")";
            out.printf("%3d  %s  %2d article%s  %s%s%n", n++, s.id(), s.articleIds().size(), s.articleIds().size() == 1 ? " " : "s",
                    s.headline(), line);
        }
    }

    static void show(Story s, StoryRun run, PrintWriter out) {
        Map<String, Article> articles = new HashMap<>();
        run.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < s.articleIds().size(); i++) number.put(s.articleIds().get(i), i + 1);
        Map<String, Assignment> assignments = new HashMap<>();
        for (Assignment a : s.assignments()) if (a != null) assignments.put(a.articleId(), a);

        out.println("STORY " + s.id() + " · " + s.articleIds().size() + " articles"
                + (s.storylineId().equals(s.id()) ? "" : " · storyline " + s.storylineId()));
        for (StorylineMove m : s.moves()) {
            out.printf(Locale.ROOT, "(joined storyline %s on %s: no later article followed it; closest on arrival, score %.2f)%n",
                    m.toStoryline(), m.on(), m.score());
        }
        for (StoryMerge m : s.merges()) {
            out.printf(Locale.ROOT, "(story %s merged into it on %s: article %s could join both, stories alike at %.2f)%n",
                    m.absorbedStoryId(), m.on(), m.articleId(), m.score());
        }
        out.println(s.headline());
        if (s.eventDate() != null) out.println("When: " + when(s.eventDate()));
        String languages = languageCounts(JsonExport.languages(s, articles));
        if (!languages.isEmpty()) out.println("Languages: " + languages);
        if (s.summary() != null && s.summary().whatHappened() != null) {
            out.println("What happened: " + s.summary().whatHappened().text() + " " + marks(s.summary().whatHappened(), number));
        }
        out.println();
        out.println("Summary");
        if (s.summary() != null) {
            for (SummarySentence ss : s.summary().sentences()) out.println("  " + ss.text() + " " + marks(ss, number));
        }
        out.println();
        out.println("Claims (articles / independent origins)");
        Map<String, Claim> byId = new HashMap<>();
        s.claims().forEach(c -> byId.put(c.id(), c));
        s.claims().stream().limit(CLAIMS_SHOWN).forEach(c -> {
            String what = c.kind().equals("quantity") ? c.label() + " — " + c.text() : "“" + c.text() + "”";
            out.printf("  • %s%n    %d article%s / %d independent origin%s: %s%s%n", what,
                    c.supportingArticleIds().size(), c.supportingArticleIds().size() == 1 ? "" : "s",
                    c.origins().size(), c.origins().size() == 1 ? "" : "s",
                    c.origins().stream().map(o -> o.name() + " " + refs(o, number)).collect(Collectors.joining("; ")),
                    c.singleUnnamedSource() ? "  [single unnamed source]" : "");
            List<Map<String, Object>> read = JsonExport.languages(c.supportingArticleIds(), articles);
            if (read.size() > 1) out.println("    read in " + languageCounts(read));
            // why several articles count once: the reader's check on "independent"
            c.origins().stream().filter(o -> o.articleIds().size() > 1 && o.why() != null)
                    .forEach(o -> out.printf("    %s — %s%n", o.name(), o.why()));
            for (String v : c.variants()) {
                Claim other = byId.get(v);
                if (other != null) {
                    out.printf("    variant: %s from %s%n", other.label(),
                            other.origins().stream().map(Origin::name).collect(Collectors.joining("; ")));
                }
            }
        });
        if (s.claims().size() > CLAIMS_SHOWN) out.println("  … " + (s.claims().size() - CLAIMS_SHOWN) + " more in `storyline export`");
        out.println();
        out.println("Timeline");
        for (TimelineEvent e : s.timeline()) {
            out.printf("  %-10s  %s %s%n", e.date(), e.text(), e.articleIds().stream().map(id -> "[" + number.get(id) + "]")
                    .collect(Collectors.joining()));
        }
        out.println();
        out.println("Coverage (earliest first)");
        for (Map<String, Object> c : JsonExport.coverage(s, articles)) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) c.get("articleIds");
            out.printf("  %-28s %-10s %s%n", c.get("outlet"), c.get("first") == null ? "undated" : c.get("first"),
                    ids.stream().map(id -> "[" + number.get(id) + "]").collect(Collectors.joining()));
        }
        out.println();
        out.println("Sources");
        for (int k = 0; k < s.articleIds().size(); k++) {
            String id = s.articleIds().get(k);
            Article a = articles.get(id);
            if (a == null) continue;
            PublicationDate event = k < s.memberDates().size() ? s.memberDates().get(k) : a.eventDate();
            out.printf("  [%d] %s — %s (%s%s; event %s) %s%n", number.get(id), a.outlet() == null ? "unknown outlet" : a.outlet(),
                    a.title(), a.language() == null ? "" : Languages.name(a.language()) + "; ",
                    a.published() == null ? "undated" : a.published(), event == null ? "undated" : when(event), a.source());
            Assignment why = assignments.get(id);
            if (why != null) out.println("      why: " + why(why, s));
        }
    }

    /** "English (5), French (2)" */
    private static String languageCounts(List<Map<String, Object>> languages) {
        return languages.stream().map(l -> l.get("name") + " (" + ((List<?>) l.get("articleIds")).size() + ")")
                .collect(Collectors.joining(", "));
    }

    /** A date as a reader checks it: the day (or month), and the evidence it comes from. */
    static String when(PublicationDate d) {
        String day = switch (d.precision()) {
            case DAY -> d.date().toString();
            case MONTH -> d.date().toString().substring(0, 7);
            case YEAR -> String.valueOf(d.date().getYear());
        };
        return day + " from " + d.basis();
    }

    /** Why an article is in the story, from the clusterer's signals at its arrival (the sentence core makes). */
    static String why(Assignment a, Story s) {
        return a.why(s.id());
    }

    /** What is new in a story since a day, citing its articles by their numbers in {@code show}. */
    static void update(Story s, Summary update, LocalDate since, PrintWriter out) {
        update(s, update, since, null, out);
    }

    /** What is new in a story since a day, on a topic when {@code query} is not null. */
    static void update(Story s, Summary update, LocalDate since, String query, PrintWriter out) {
        out.println("STORY " + s.id() + " · new since " + since + (query == null ? "" : " · on \"" + query + "\""));
        if (update.sentences().isEmpty()) {
            out.println("Nothing new: no article of this story published on or after " + since + " adds to what came before.");
            return;
        }
        sentences(s, update, out);
    }

    /** A story's summary focused on a topic or a question. */
    static void focus(Story s, Summary focused, String query, PrintWriter out) {
        out.println("STORY " + s.id() + " · on \"" + query + "\"");
        if (focused.sentences().isEmpty()) {
            out.println("No summary.");
            return;
        }
        sentences(s, focused, out);
    }

    /**
     * One summary of a storyline's stories, new since a day and on a topic when those are given; its stories are
     * listed first, and a citation's number counts the articles of the stories in that order.
     */
    static void storyline(String id, List<Story> stories, Summary summary, LocalDate since, String query, PrintWriter out) {
        out.println("STORYLINE " + id + " · " + stories.size() + (stories.size() == 1 ? " story" : " stories")
                + (since == null ? "" : " · new since " + since) + (query == null ? "" : " · on \"" + query + "\""));
        Map<String, Integer> number = new HashMap<>();
        for (Story st : stories) {
            int first = number.size() + 1;
            for (String a : st.articleIds()) number.putIfAbsent(a, number.size() + 1);
            out.println("  " + st.id() + "  " + st.headline() + "  (articles [" + first + "]-[" + number.size() + "])");
        }
        out.println();
        if (summary.sentences().isEmpty()) {
            out.println(since == null ? "No summary." : "Nothing new: no article of this storyline published on or after "
                    + since + " adds to what came before.");
            return;
        }
        sentences(summary, number, out);
    }

    private static void sentences(Story s, Summary summary, PrintWriter out) {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < s.articleIds().size(); i++) number.put(s.articleIds().get(i), i + 1);
        sentences(summary, number, out);
    }

    private static void sentences(Summary summary, Map<String, Integer> number, PrintWriter out) {
        out.println(summary.headline());
        out.println();
        for (SummarySentence ss : summary.sentences()) out.println("  " + ss.text() + " " + marks(ss, number));
    }

    private static String marks(SummarySentence ss, Map<String, Integer> number) {
        return ss.citedArticleIds().stream().map(id -> "[" + number.getOrDefault(id, 0) + "]").collect(Collectors.joining());
    }

    private static String refs(Origin o, Map<String, Integer> number) {
        return o.articleIds().stream().map(id -> "[" + number.getOrDefault(id, 0) + "]").collect(Collectors.joining());
    }
}
