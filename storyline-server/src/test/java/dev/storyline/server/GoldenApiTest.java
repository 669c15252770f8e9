package dev.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each read endpoint's answer over the samples against a reviewed golden file, so a change in what the API says
 * shows as a diff. Regenerate after an intended change with {@code -Dstoryline.golden.update=true} and review.
 */
class GoldenApiTest {
    static final Path DIR = Path.of("src/test/resources/dev/storyline/server/golden");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withSamples();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void storiesList() throws Exception {
        check("stories.json", "/api/stories");
    }

    @Test
    void oneStoryInFullAndWhatIsNewSinceADay() throws Exception {
        String id = null;
        for (JsonNode s : JSON.readTree(server.get("/api/stories").body()).get("stories")) {
            if (s.get("headline").asText().contains("ridge")) id = s.get("id").asText();
        }
        assertThat(id).as("the bridge story").isNotNull();
        check("story-bridge.json", "/api/stories/" + id);
        check("story-bridge-since.json", "/api/stories/" + id + "?since=2024-03-13");
    }

    @Test
    void search() throws Exception {
        check("search-evacuated.json", "/api/search?q=evacuated");
    }

    private static void check(String file, String path) throws Exception {
        var response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        // scores carrying an embedding's cosine differ in the last bits between CPUs (ONNX kernels): masked
        String actual = JSON.writeValueAsString(body).replace("../samples/", "samples/")
                .replaceAll("(\"(?:score|embedding|bestLiveStoryScore|storylineLinkScore)\"\\s*:\\s*)-?[0-9][0-9.E-]*", "$1\"~\"") + "\n";
        Path golden = DIR.resolve(file);
        if (Boolean.getBoolean("storyline.golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertThat(actual).as(path + " against " + golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
