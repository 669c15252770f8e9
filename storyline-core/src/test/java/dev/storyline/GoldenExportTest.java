package dev.storyline;

import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;
import dev.storyline.export.JsonExport;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline's output on the bundled samples, field by field, against a reviewed golden file: any change in
 * what Storyline tells (a story's members, a summary sentence, a claim's origins, a timeline date) shows here as
 * a diff to review. After an intended change, regenerate with {@code -Dstoryline.golden.update=true} and read the
 * diff before committing it.
 */
class GoldenExportTest {
    static final Path GOLDEN = Path.of("src/test/resources/dev/storyline/golden/samples-export.json");

    @Test
    void theSamplesExportIsTheReviewedOne() throws Exception {
        String actual = export(samples());
        if (Boolean.getBoolean("storyline.golden.update")) Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theExportIsTheSameRunAfterRun() throws Exception {
        assertThat(export(samples())).isEqualTo(export(samples()));
    }

    /**
     * Scores that carry an embedding's cosine are masked: ONNX Runtime's kernels differ by CPU (AVX2, AVX-512) in
     * the last bits, which can move a rounded score; what the story says does not depend on them.
     */
    static String stable(String json) {
        return json.replaceAll("(\"(?:score|embedding|bestLiveStoryScore|storylineLinkScore)\"\\s*:\\s*)-?[0-9][0-9.E-]*", "$1\"~\"");
    }

    static Path samples() {
        Path samples = Path.of("..", "samples");
        return Files.isDirectory(samples) ? samples : Path.of("samples");
    }

    static String export(Path folder) throws Exception {
        Storyline storyline = new Storyline(Settings.DEFAULTS);
        List<Article> articles = storyline.articles(List.of(folder), r -> {
            throw new AssertionError("a sample was rejected: " + r);
        });
        StoryRun run = storyline.run(articles);
        StringWriter out = new StringWriter();
        JsonExport.writeJson(run, out);
        // sources are paths as given: the same on every machine when the folder is given relative
        return stable(out.toString().replace(folder.toString() + "/", "samples/")) + "\n";
    }
}
