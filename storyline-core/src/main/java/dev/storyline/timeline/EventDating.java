package dev.storyline.timeline;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
import dev.storyline.text.Weekdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The day of a story's event, from its members' own event dates, and for each member the best date it can be
 * given: its own when it has one, otherwise the story's day, or the day its lead's weekday names near it. Most
 * real pages carry no date of their own ("Rescuers raced Tuesday" on a page with no stamp); the reports they
 * were grouped with do.
 */
public final class EventDating {
    /** A member's date taken from its story is weaker than any evidence of its own. */
    static final double FROM_STORY = 0.35;

    /** The story's day (null when no member is dated) and each member's date, in member order (null: none). */
    public record Dates(PublicationDate story, List<PublicationDate> members) {
        public Dates {
            members = java.util.Collections.unmodifiableList(new ArrayList<>(members));
        }
    }

    private EventDating() {}

    /**
     * @param minConfidence a member's own date votes for the story's day with at least this confidence (the
     *                      clusterer's {@code dateConfidence}, so that the dates that grouped a story also date it)
     */
    public static Dates date(List<AnalyzedArticle> members, double minConfidence) {
        // each day's votes are the confidences of the members dated that day or the day either side
        TreeMap<LocalDate, Double> votes = new TreeMap<>();
        int voters = 0;
        for (AnalyzedArticle a : members) {
            PublicationDate own = a.article().eventDate();
            if (own == null || own.precision() != DatePrecision.DAY || own.confidence() < minConfidence) continue;
            voters++;
            for (int d = -1; d <= 1; d++) votes.merge(own.date().plusDays(d), own.confidence() * (d == 0 ? 1 : 0.5), Double::sum);
        }
        PublicationDate story = null;
        if (!votes.isEmpty()) {
            LocalDate best = null;
            for (var e : votes.entrySet()) if (best == null || e.getValue() > votes.get(best) + 1e-9) best = e.getKey();
            story = new PublicationDate(best, "story (" + voters + " of " + members.size() + " articles dated)", FROM_STORY);
        }
        List<PublicationDate> out = new ArrayList<>();
        for (AnalyzedArticle a : members) out.add(member(a, story, minConfidence));
        return new Dates(story, out);
    }

    private static PublicationDate member(AnalyzedArticle a, PublicationDate story, double minConfidence) {
        PublicationDate own = a.article().eventDate();
        if (own != null && own.precision() == DatePrecision.DAY && own.confidence() >= minConfidence) return own;
        if (story == null) return own;
        // a month of its own that the story's day falls outside of is evidence against the story's day
        if (own != null && own.precision() != DatePrecision.DAY && own.confidence() >= minConfidence
                && DatePrecision.gapDays(own.date(), own.precision(), story.date(), DatePrecision.DAY) > 0) return own;
        String lead = a.article().title() + " " + (a.sentences().isEmpty() ? "" : a.sentences().get(0).text());
        Optional<DayOfWeek> weekday = Weekdays.first(lead);
        if (weekday.isPresent()) {
            return new PublicationDate(Weekdays.nearest(story.date(), weekday.get()), "weekday-in-lead near the story's day", FROM_STORY);
        }
        return story.withBasis("story", FROM_STORY);
    }
}
