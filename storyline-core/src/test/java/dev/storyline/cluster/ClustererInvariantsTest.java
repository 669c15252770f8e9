package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Assignment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random stream of overlapping topics, with merging, adoption and retiring all busy: whatever the
 * clusterer decides, every article stays in exactly one story, in arrival order, and the same input gives the
 * same stories.
 */
class ClustererInvariantsTest {
    static final ClusterSettings BUSY = ClusterSettings.DEFAULTS.withEmbeddings(false).withThresholds(0.35, 0.15)
            .withMergeThreshold(0.3).withAdoption(0.05, 10);

    static List<AnalyzedArticle> stream(long seed) {
        Random random = new Random(seed);
        String[][] topics = {{"quake", "rubble", "village", "rescue", "aftershock"}, {"flood", "river", "village", "rescue", "dam"},
                {"election", "ballot", "vote", "minister", "coalition"}, {"strike", "union", "wage", "minister", "port"}};
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String[] topic = topics[random.nextInt(topics.length)];
            List<String> title = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (int k = 0; k < 2; k++) title.add(topic[random.nextInt(topic.length)]);
            for (int k = 0; k < 6; k++) {
                body.add(random.nextInt(4) == 0 ? "w" + random.nextInt(60) : topic[random.nextInt(topic.length)]);
            }
            out.add(OnlineStoryClustererTest.article("a" + i, OnlineStoryClustererTest.DAY.plusDays(i / 4), title, body));
        }
        return out;
    }

    static LinkedHashMap<String, List<String>> run(List<AnalyzedArticle> articles, boolean check) {
        StoryClusterer c = StoryClusterer.create(BUSY);
        Map<String, Integer> arrival = new HashMap<>();
        Set<String> retired = new HashSet<>();
        int merges = 0;
        for (AnalyzedArticle a : articles) {
            arrival.put(a.id(), arrival.size());
            Assignment assignment = c.assign(a, List.of(), null);
            if (arrival.size() % 50 == 0) c.retire(20).forEach(r -> retired.addAll(r.members()));
            if (!check) continue;
            assertThat(c.members(assignment.storyId())).as("the story an assignment names exists").isNotNull().contains(a.id());
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, List<String>> story : c.membership().entrySet()) {
                List<String> members = story.getValue();
                assertThat(members).isSortedAccordingTo((x, y) -> Integer.compare(arrival.get(x), arrival.get(y)));
                for (String m : members) assertThat(seen.add(m)).as("%s in one story only", m).isTrue();
                merges += c.mergesOf(story.getKey()).size();
                assertThat(c.storylineOf(story.getKey())).isNotNull();
            }
            assertThat(seen.size() + retired.size()).isEqualTo(arrival.size());
        }
        if (check) assertThat(merges).as("merges happened").isPositive();
        return c.membership();
    }

    @Test
    void everyArticleStaysInExactlyOneStoryInArrivalOrderWhateverMergesAndRetires() {
        run(stream(7), true);
    }

    @Test
    void theSameInputGivesTheSameStories() {
        assertThat(run(stream(11), false)).isEqualTo(run(stream(11), false));
    }
}
