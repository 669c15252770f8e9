package dev.storyline.cli;

import dev.storyline.Storyline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user drives it, on small files written here. */
class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = StorylineCli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    Path inputs() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "Ferry service resumes after storm\n\n"
                + "The harbour ferry resumed service on Monday after a three-day suspension caused by the storm, the operator said.\n\n"
                + "About 4,000 passengers use the route every day, according to the port authority.");
        Files.writeString(in.resolve("sub/b.json"), "{\"id\": \"b1\", \"title\": \"Ferry back after storm\", \"outlet\": \"Harbour News\", "
                + "\"published\": \"2024-05-06\", \"text\": \"The harbour ferry resumed service on Monday after a three-day suspension caused by the storm, the operator said.\"}");
        Files.write(in.resolve("binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.writeString(in.resolve("empty.html"), "");
        Files.writeString(in.resolve("huge.txt"), "word ".repeat(1000));
        return in;
    }

    @Test
    void ingestStoresTheGoodFilesAndNamesEachRejectedOneWithAReason() throws Exception {
        Path in = inputs();
        Path data = tmp.resolve("data");
        Result r = run("--data", data.toString(), "ingest", in.toString());
        assertThat(r.code()).isEqualTo(StorylineCli.REJECTED);
        assertThat(r.out()).contains("read 5, stored 2 new, 0 already stored, 3 rejected");
        assertThat(r.err()).contains("binary.txt: binary content").contains("empty.html: empty file")
                .contains("huge.txt: no article text found");

        Result again = run("--data", data.toString(), "ingest", in.resolve("a.txt").toString(), in.resolve("sub").toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("stored 0 new, 2 already stored");

        Result stories = run("--data", data.toString(), "stories");
        assertThat(stories.code()).isZero();
        assertThat(stories.out()).contains("Ferry");
    }

    @Test
    void exportFollowsTheJsonContract() throws Exception {
        Path data = tmp.resolve("data");
        run("--data", data.toString(), "ingest", inputs().toString());
        Result r = run("--data", data.toString(), "export", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode article = doc.get("articles").get(0);
        for (String field : new String[]{"id", "source", "title", "outlet", "published", "text", "removed"}) {
            assertThat(article.has(field)).as(field).isTrue();
        }
        JsonNode story = doc.get("stories").get(0);
        for (String field : new String[]{"id", "headline", "articleIds", "summary", "claims", "timeline"}) {
            assertThat(story.has(field)).as(field).isTrue();
        }
        assertThat(story.get("summary").get(0).get("citations").isArray()).isTrue();
        JsonNode claim = story.get("claims").get(0);
        for (String field : new String[]{"id", "text", "value", "supportingArticleIds", "origins", "variants"}) {
            assertThat(claim.has(field)).as(field).isTrue();
        }
        assertThat(claim.get("origins").get(0).has("name")).isTrue();
        assertThat(claim.get("origins").get(0).has("articleIds")).isTrue();

        Path jsonl = tmp.resolve("out.jsonl");
        assertThat(run("--data", data.toString(), "export", "--format", "jsonl", "--out", jsonl.toString()).code()).isZero();
        assertThat(Files.readAllLines(jsonl)).allSatisfy(line -> assertThat(new ObjectMapper().readTree(line).get("type").asText())
                .isIn("article", "story"));

        Path csv = tmp.resolve("claims.csv");
        assertThat(run("--data", data.toString(), "export", "--format", "csv", "--out", csv.toString()).code()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("story_id,story_headline,claim_id,kind,value");
        Result atom = run("--data", data.toString(), "export", "--format", "atom", "--base-url", "http://127.0.0.1:8080");
        assertThat(atom.code()).isZero();
        assertThat(atom.out()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("http://127.0.0.1:8080/story/");
    }

    @Test
    void trainsAnAttributionModelThatTheOtherCommandsThenUse() throws Exception {
        // a PolNeAR-shaped folder with two articles written here: brat spans into the text
        Path split = tmp.resolve("shared/facts/polnear/train");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        String text = "The mayor said that the bridge would reopen in May.\n\nThe weather was mild.";
        String ann = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 50\tthat the bridge would reopen in May\n";
        for (String name : new String[]{"paper_2024-05-01_bridge", "paper_2024-05-02_bridge"}) {
            Files.writeString(split.resolve("text/" + name + ".txt"), text);
            Files.writeString(split.resolve("attributions/" + name + "_ann1.ann"), ann);
        }
        Path model = tmp.resolve("attribution.bin");
        Result trained = run("train", "attribution", "--data-dir", tmp.resolve("shared").toString(), "--out", model.toString(),
                "--iterations", "5");
        assertThat(trained.code()).isZero();
        assertThat(trained.out()).contains("training on 2 articles").contains("wrote " + model);
        Path data = tmp.resolve("data");
        Result used = run("--data", data.toString(), "--attribution-model", model.toString(), "ingest", inputs().toString());
        assertThat(used.code()).isEqualTo(StorylineCli.REJECTED);
        assertThat(run("--data", data.toString(), "stories").out()).contains("Ferry");

        Result missing = run("--data", data.toString(), "--attribution-model", tmp.resolve("nope.bin").toString(), "stories");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("attribution model").contains("nope.bin");
        assertThat(run("train", "entities", "--data-dir", tmp.toString()).code()).isEqualTo(2);
    }

    @Test
    void showAcceptsANumberOrAnIdPrefixAndExplainsAnUnknownStory() throws Exception {
        Path data = tmp.resolve("data");
        run("--data", data.toString(), "ingest", inputs().toString());
        Result byNumber = run("--data", data.toString(), "show", "1");
        assertThat(byNumber.code()).isZero();
        assertThat(byNumber.out()).contains("STORY ").contains("Summary").contains("Claims").contains("Sources");
        Result unknown = run("--data", data.toString(), "show", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no story 'nope'");
    }

    @Test
    void showSinceTellsWhatIsNewOrThatNothingIs() throws Exception {
        Path data = tmp.resolve("data");
        Path in = tmp.resolve("dated.jsonl");
        Files.writeString(in, "{\"id\": \"f1\", \"title\": \"Ferry service suspended by storm\", \"published\": \"2024-03-12\", "
                + "\"text\": \"The harbour ferry suspended service on Tuesday because of the storm, the operator said.\"}\n"
                + "{\"id\": \"f2\", \"title\": \"Ferry service resumes after storm\", \"published\": \"2024-03-15\", "
                + "\"text\": \"The harbour ferry suspended service on Tuesday because of the storm, the operator said. "
                + "Service resumed on Friday morning with two extra crossings to clear the backlog of passengers.\"}\n");
        run("--data", data.toString(), "ingest", in.toString());
        Result update = run("--data", data.toString(), "show", "1", "--since", "2024-03-14");
        assertThat(update.code()).isZero();
        assertThat(update.out()).contains("new since 2024-03-14")
                .contains("  Service resumed on Friday morning with two extra crossings to clear the backlog of passengers. [2]")
                .doesNotContain("suspended service on Tuesday");
        Result nothing = run("--data", data.toString(), "show", "1", "--since", "2100-01-01");
        assertThat(nothing.code()).isZero();
        assertThat(nothing.out()).contains("Nothing new");
        assertThat(run("--data", data.toString(), "show", "1", "--since", "yesterday").code()).isEqualTo(2);
        Result focused = run("--data", data.toString(), "show", "1", "--since", "2024-03-14", "--query", "extra crossings");
        assertThat(focused.code()).isZero();
        assertThat(focused.out()).contains("new since 2024-03-14 · on \"extra crossings\"").contains("two extra crossings");
        Result topic = run("--data", data.toString(), "show", "1", "--query", "the storm");
        assertThat(topic.code()).isZero();
        assertThat(topic.out()).contains("on \"the storm\"").contains("because of the storm");
        assertThat(run("--data", data.toString(), "show", "1", "--query", " ").code()).isEqualTo(2);
        // the story's storyline: its stories listed, one summary of their articles, new since a day
        Result line = run("--data", data.toString(), "show", "1", "--storyline", "--since", "2024-03-14");
        assertThat(line.code()).isZero();
        assertThat(line.out()).startsWith("STORYLINE ").contains("new since 2024-03-14").contains("(articles [1]-[2])")
                .contains("two extra crossings").doesNotContain("  The harbour ferry suspended service on Tuesday");
        assertThat(run("--data", data.toString(), "show", "1", "--storyline", "--since", "2100-01-01").out())
                .contains("Nothing new: no article of this storyline");
    }

    @Test
    void dataFolderComesFromTheEnvironmentWhenNotGiven() {
        StorylineCli cli = new StorylineCli();
        cli.data = tmp;
        assertThat(cli.dataDir()).isEqualTo(tmp);
        assertThat(run("--help").out()).contains("ingest").contains("export").contains("--data");
        assertThat(run("--version").out()).contains("storyline");
    }

    @Test
    void theVersionNamesTheBuildAndTheReleasesVersionIsTheCodes() {
        // a local build says "dev"; ./release passes the commit
        assertThat(run("--version").out().strip()).matches("storyline " + java.util.regex.Pattern.quote(Storyline.VERSION)
                + " \\(build [0-9a-z+]+\\)");
        assertThat(StorylineCli.Version.build().getProperty("version")).isEqualTo(Storyline.VERSION);
    }

    @Test
    void aBadDayAndAMissingFolderAreToldInWordsNotJavaExceptions() throws Exception {
        String data = "--data=" + tmp.resolve("data");
        run("ingest", data, inputs().toString()); // some of these inputs are rejected on purpose
        Result since = run("show", data, "1", "--since", "yesterday");
        assertThat(since.code()).isNotZero();
        assertThat(since.err()).contains("'yesterday' is not a day: give it as yyyy-mm-dd").doesNotContain("DateTimeParseException");
        Path missing = tmp.resolve("no").resolve("such").resolve("out.json");
        Result export = run("export", data, "--out", missing.toString());
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).contains("no such folder: " + missing.getParent().toAbsolutePath());
    }

    @Test
    void storedArticlesWhoseStoriesWereNotSavedAreToldNotShownAsNoStories() throws Exception {
        Path dataDir = tmp.resolve("data");
        run("ingest", "--data=" + dataDir, inputs().toString());
        // as a run killed after storing its articles and before saving their stories leaves the store
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("storyline.db").toAbsolutePath());
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM stories");
            st.executeUpdate("DELETE FROM run");
        }
        Result stories = run("stories", "--data=" + dataDir);
        assertThat(stories.code()).isZero();
        assertThat(stories.err()).contains("telling the stories of").contains("stored articles");
        assertThat(stories.out()).doesNotContain("no stories yet").contains("Ferry service resumes");
    }
}
