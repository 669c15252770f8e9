package dev.storyline.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one why sentence the CLI prints and the export carries for the web UI. */
class AssignmentExplanationTest {
    static final AssignmentSignals JOINED = AssignmentSignals.joined(0.61, 0.42, 0.84, null, 0.0, 0.99);

    @Test
    void joined() {
        assertThat(new Assignment("c", "s1", false, 0.61, JOINED).why("s1"))
                .isEqualTo("joined at 0.61 (text 0.42, embedding 0.84, reuse 0.00, time 0.99)");
    }

    @Test
    void newStory() {
        assertThat(new Assignment("a", "s1", true, 0, AssignmentSignals.NONE).why("s1")).isEqualTo("began the story");
        assertThat(new Assignment("a", "s1", true, 0, AssignmentSignals.newStory(0.31, null)).why("s1"))
                .isEqualTo("began the story; no live story close enough (best 0.31)");
    }

    @Test
    void newStoryLinkedToAStoryline() {
        assertThat(new Assignment("a", "s1", true, 0, AssignmentSignals.newStory(0.35, 0.234)).why("s1"))
                .isEqualTo("began the story; linked to an existing storyline at 0.23; no live story close enough (best 0.35)");
    }

    @Test
    void mergedInSince() {
        assertThat(new Assignment("b", "s2", true, 0, AssignmentSignals.NONE).why("s1"))
                .isEqualTo("began story s2, merged in since");
        assertThat(new Assignment("c", "s2", false, 0.61, JOINED).why("s1"))
                .isEqualTo("joined story s2, merged in since, at 0.61 (text 0.42, embedding 0.84, reuse 0.00, time 0.99)");
    }

    @Test
    void signalsKeepTheMapShapeInJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Assignment a = new Assignment("c", "s1", false, 0.61, JOINED);
        String written = json.writeValueAsString(a);
        assertThat(written).isEqualTo("{\"articleId\":\"c\",\"storyId\":\"s1\",\"newStory\":false,\"score\":0.61,"
                + "\"signals\":{\"score\":0.61,\"text\":0.42,\"embedding\":0.84,\"reuse\":0.0,\"time\":0.99}}");
        assertThat(json.readValue(written, Assignment.class)).isEqualTo(a);
        // as runs stored before the signals were typed wrote them
        Assignment old = json.readValue("{\"articleId\":\"a\",\"storyId\":\"s1\",\"newStory\":true,\"score\":0.0,"
                + "\"signals\":{\"storylineLinkScore\":0.23}}", Assignment.class);
        assertThat(old.signals()).isEqualTo(AssignmentSignals.newStory(null, 0.23));
        assertThat(json.readValue("{\"articleId\":\"a\",\"storyId\":\"s1\",\"newStory\":true,\"score\":0.0,"
                + "\"signals\":{}}", Assignment.class).signals()).isEqualTo(AssignmentSignals.NONE);
    }
}
