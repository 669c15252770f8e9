package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A live story: its profile, what the term index needs to take it out again, and the arrival order of its members
 * so that a merge interleaves two stories' members as they arrived.
 */
final class StoryState {
    final String id;
    /** Creation order: of two merging stories the older one stays. */
    final long created;
    /** Changes when a lone story is adopted by the storyline it was closest to, or when its story is merged. */
    String storyline;
    final Profile profile = new Profile();
    /** Arrival number of each member, parallel to {@code profile.members}. */
    final List<Long> arrivals = new ArrayList<>();
    /** Terms under which the story is posted, so retiring it can take it out of the index. */
    final Set<String> postedTerms = new HashSet<>();

    StoryState(String id, String storyline, long created) {
        this.id = id;
        this.storyline = storyline;
        this.created = created;
    }

    List<String> members() {
        return profile.members;
    }
}
