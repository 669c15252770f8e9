package dev.storyline.domain;

import java.util.List;

/**
 * A real-world event as Storyline tells it.
 *
 * @param id          stable for the same input
 * @param storylineId the storyline it belongs to: related stories over time share it (equal to {@code id} for a
 *                    story that starts its storyline)
 * @param articleIds  member articles in arrival order
 * @param summary     headline, what happened, cited summary
 * @param claims      facts with support, origins and variants
 * @param timeline    dated events, in date order
 * @param assignments why each article joined
 * @param moves       how it came into its storyline after it began, if it did (empty for most stories)
 * @param merges      the stories folded into it since it began (empty for most stories)
 * @param provenance  what produced it
 * @param eventDate   the day of the story's event, from its members' own event dates (basis names how many were
 *                    dated), or null when none is
 * @param memberDates each member's event date in member order: its own, or given by the story (basis "story",
 *                    "weekday-in-lead near the story's day"); null for a member with neither
 */
public record Story(String id, String storylineId, List<String> articleIds, Summary summary, List<Claim> claims,
                    List<TimelineEvent> timeline, List<Assignment> assignments, List<StorylineMove> moves,
                    List<StoryMerge> merges, Provenance provenance, PublicationDate eventDate,
                    List<PublicationDate> memberDates) {
    public Story {
        articleIds = List.copyOf(articleIds);
        claims = List.copyOf(claims);
        timeline = List.copyOf(timeline);
        assignments = List.copyOf(assignments);
        // stories stored before moves were recorded have none
        moves = moves == null ? List.of() : List.copyOf(moves);
        merges = merges == null ? List.of() : List.copyOf(merges);
        // stories stored before event dating have none; null members stand for undated ones
        memberDates = memberDates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(memberDates));
    }

    /** A story as told before event dating (stored stories, tests). */
    public Story(String id, String storylineId, List<String> articleIds, Summary summary, List<Claim> claims,
                 List<TimelineEvent> timeline, List<Assignment> assignments, List<StorylineMove> moves,
                 List<StoryMerge> merges, Provenance provenance) {
        this(id, storylineId, articleIds, summary, claims, timeline, assignments, moves, merges, provenance, null, null);
    }

    /** The same story with how it came to be what it is: the moves and merges the told material does not carry. */
    public Story withHistory(List<StorylineMove> moves, List<StoryMerge> merges) {
        return new Story(id, storylineId, articleIds, summary, claims, timeline, assignments, moves, merges, provenance,
                eventDate, memberDates);
    }

    public String headline() { return summary == null ? "" : summary.headline(); }
}
