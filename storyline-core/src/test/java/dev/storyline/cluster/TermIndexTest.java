package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TermIndexTest {
    private static StoryState story(String id) {
        return new StoryState(id, id, 0);
    }

    @Test
    void aTermKeepsItsMostRecentPostingsUpToTheBound() {
        TermIndex index = new TermIndex(2);
        StoryState s1 = story("s1");
        StoryState s2 = story("s2");
        StoryState s3 = story("s3");
        for (StoryState s : new StoryState[] {s1, s2, s3, s2}) index.post(s, Map.of("x", 1.0));
        assertThat(index.postings("x")).containsExactly(s2, s3);
        Map<String, StoryState> found = new TreeMap<>();
        index.collect(Map.of("x", 0.5, "y", 0.5), found);
        assertThat(found).containsOnlyKeys("s2", "s3");
    }

    @Test
    void postsAndLooksUpTheStrongestQueryTermsOnly() {
        TermIndex index = new TermIndex();
        Map<String, Double> vector = new HashMap<>();
        for (int i = 0; i < TermIndex.QUERY_TERMS + 5; i++) vector.put("t" + (100 + i), 1.0 + i);
        StoryState s = story("s");
        index.post(s, vector);
        assertThat(s.postedTerms).hasSize(TermIndex.QUERY_TERMS).doesNotContain("t100", "t104").contains("t105", "t124");
    }

    @Test
    void transferAndRemoveKeepTheListsClean() {
        TermIndex index = new TermIndex();
        StoryState keep = story("keep");
        StoryState gone = story("gone");
        index.post(keep, Map.of("x", 1.0));
        index.post(gone, Map.of("x", 1.0, "y", 1.0));
        index.transfer(gone, keep);
        assertThat(index.postings("x")).containsExactly(keep);
        assertThat(index.postings("y")).containsExactly(keep);
        assertThat(keep.postedTerms).containsExactlyInAnyOrder("x", "y");
        index.remove(keep);
        assertThat(index.postings("x")).isEmpty();
        assertThat(index.postings("y")).isEmpty();
    }
}
