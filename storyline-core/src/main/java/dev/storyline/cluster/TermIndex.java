package dev.storyline.cluster;

import dev.storyline.text.SparseVectors;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Postings of the live stories under their strongest terms: where an article finds its candidates, so assignment
 * never scans all stories. Each term keeps at most {@link #POSTINGS_PER_TERM} stories, the most recently posted:
 * a term common enough to fill its list says little, and the bound keeps lookups cheap on an endless stream.
 */
final class TermIndex {
    static final int POSTINGS_PER_TERM = 300;
    /** Terms of an article that are posted and looked up. */
    static final int QUERY_TERMS = 20;

    private final Map<String, ArrayDeque<StoryState>> postings = new HashMap<>();
    private final int bound;

    TermIndex() {
        this(POSTINGS_PER_TERM);
    }

    /** With another bound, for tests. */
    TermIndex(int bound) {
        this.bound = bound;
    }

    /** Posts the story under the article's strongest terms; past the bound a term drops its oldest posting. */
    void post(StoryState story, Map<String, Double> vector) {
        for (String term : SparseVectors.strongest(vector, QUERY_TERMS)) {
            ArrayDeque<StoryState> list = postings.computeIfAbsent(term, k -> new ArrayDeque<>());
            append(list, term, story);
        }
    }

    /** Adds the stories posted under the article's strongest terms to {@code found}, by story id. */
    void collect(Map<String, Double> vector, Map<String, StoryState> found) {
        for (String term : SparseVectors.strongest(vector, QUERY_TERMS)) {
            ArrayDeque<StoryState> list = postings.get(term);
            if (list != null) for (StoryState s : list) found.put(s.id, s);
        }
    }

    /** {@code keep} takes {@code gone}'s postings, at the end of each list (as if just posted). */
    void transfer(StoryState gone, StoryState keep) {
        for (String t : gone.postedTerms) {
            ArrayDeque<StoryState> list = postings.get(t);
            if (list == null) continue;
            list.remove(gone);
            append(list, t, keep);
        }
    }

    /** Takes the story out of every list it is in; an emptied term leaves the index. */
    void remove(StoryState story) {
        for (String t : story.postedTerms) {
            ArrayDeque<StoryState> list = postings.get(t);
            if (list == null) continue;
            list.remove(story);
            if (list.isEmpty()) postings.remove(t);
        }
    }

    /** The stories posted under a term, oldest posting first (for tests). */
    List<StoryState> postings(String term) {
        ArrayDeque<StoryState> list = postings.get(term);
        return list == null ? List.of() : List.copyOf(list);
    }

    private void append(ArrayDeque<StoryState> list, String term, StoryState story) {
        if (list.contains(story)) return;
        list.addLast(story);
        story.postedTerms.add(term);
        if (list.size() > bound) list.removeFirst();
    }
}
