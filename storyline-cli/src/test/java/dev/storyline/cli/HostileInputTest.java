package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Rejection;
import dev.storyline.settings.Settings;
import dev.storyline.store.IngestReport;
import dev.storyline.store.SqliteStoryStore;
import dev.storyline.store.StoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile files in one batch beside a good article: each gets a clear rejection or a sane
 * article, within a time bound, and the good article is stored whatever comes before or after it.
 */
class HostileInputTest {
    static final String GOOD = "Ferry service resumes after storm\n\n"
            + "The harbour ferry resumed service on Monday after a three-day suspension caused by the storm, the operator said.";

    @TempDir
    Path dir;

    void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve("in").resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aBatchOfHostileInputsIsReportedAndTheGoodArticleIsStored() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("00-good.txt"), GOOD, StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(in.resolve("binary.html"), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.txt"), "   \n\t\n");
        Files.write(in.resolve("invalid-utf8.txt"), new byte[]{'T', 'i', 't', 'l', 'e', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1});
        Files.write(in.resolve("mislabelled.html"), ("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 cr\u00e8me "
                + "and more text here to make a paragraph.</p></body></html>").getBytes(Charset.forName("windows-1252")));
        try (OutputStream out = Files.newOutputStream(in.resolve("huge-line.txt"))) {
            byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.US_ASCII); // 1 MB
            for (int i = 0; i < 200; i++) out.write(chunk); // 200 MB on one line, over the 64 MB limit
        }
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(100_000)).append("<p>Deep paragraph with enough words to count as text.</p>")
                .append("</div>".repeat(100_000)).append("</body></html>");
        write("nested.html", nested.toString());
        StringBuilder links = new StringBuilder("<html><body><h1>Links</h1>");
        for (int i = 0; i < 1_000_000; i++) links.append("<a href=\"/l").append(i).append("\">link ").append(i).append("</a> ");
        write("links.html", links.append("</body></html>").toString());
        write("wrong-types.json", "{\"id\": 5, \"title\": [\"x\"], \"text\": {\"a\": 1}}");
        write("deep.json", "[".repeat(10_000) + "]".repeat(10_000));
        write("truncated.jsonl", "{\"title\": \"ok\", \"text\": \"A complete record with a sentence.\"}\n{\"title\": \"cut");
        write("rtl-zero-width.txt", "\u202eTitle\u200b with hidden marks\n\nThe\u200b ferry\u2060 resumed\u202c service\u00a0on Monday, "
                + "the operator said in a statement to reporters.");
        write("numbers-and-dates.txt", "Odd figures\n\nThe deficit reached 1e309 dollars on 31 February 2015, "
                + "while 99999999999999999999999 people watched on 30 February.");
        write("path-traversal.json", "{\"id\": \"../../etc/passwd\", \"title\": \"Escape\", \"text\": \"An article that tries to name itself as a path.\"}");
        write("script.html", "<html><body><h1>Headline</h1><p>Text with a <script>alert(1)</script> script and "
                + "<img src=x onerror=alert(2)> image inside a long enough paragraph.</p></body></html>");
        Files.write(in.resolve("utf16-bom.txt"), ("\uFEFFHarbour tolls frozen\n\nThe port authority froze harbour tolls for "
                + "a year on Tuesday, its chairman said.").getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("utf8-bom.txt"), ("\uFEFFTram line opens\n\nThe new tram line opened to passengers on "
                + "Saturday morning, the city said.").getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("declared-cyrillic.html"), ("<html><head><meta charset=\"windows-1251\"><title>Caf\u00e9 owners protest"
                + "</title></head><body><p>Caf\u00e9 owners protested the new terrace rules on Friday, their association "
                + "said.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        write("nul-bytes.txt", "Title with nul\n\nText\u0000 with a nul byte in the middle of the sentence.");
        write("control-chars.txt", "Title with controls\n\nText with a bell\u0007 and an escape\u001b[31m in the middle of the sentence.");
        write("cr-only.txt", "Old Mac line endings\r\rThe council voted on Monday to keep the library open, the mayor said.\r");
        write("long-title.txt", "Headline ".repeat(2_000) + "\n\nA body sentence that says what happened on Monday.");
        write("empty-page.html", "<html></html>");
        write("only-script.html", "<html><head><script>var a = 1;</script><style>p{}</style></head><body></body></html>");
        write("unclosed-comment.html", "<html><body><p>Before the comment there is a paragraph with words.</p><!-- "
                + "x".repeat(100_000));
        write("unclosed-tags.html", "<html><body>" + "<p><b><i>".repeat(30_000) + "Text inside many unclosed tags.");
        write("many-attributes.html", "<html><body><p " + "a=\"1\" ".repeat(100_000) + ">A paragraph with many attributes "
                + "and enough words in it.</p></body></html>");
        write("number.json", "42");
        write("empty-array.json", "[]");
        write("mixed.json", "[{\"title\": \"First record\", \"text\": \"The first record has a sentence.\"}, 7, "
                + "{\"title\": \"Third record\", \"text\": \"The third record has a sentence too.\"}]");
        write("published-number.json", "{\"title\": \"Big date\", \"text\": \"A sentence.\", \"published\": 1e309}");
        write("bad-date.json", "{\"title\": \"Impossible date\", \"text\": \"The record claims an impossible date.\", "
                + "\"published\": \"2015-02-31\"}");
        write("blank-lines.jsonl", "\n\n{\"title\": \"Spaced record\", \"text\": \"A record between blank lines.\"}\n\n");
        write("only-title.txt", "A title and nothing else\n");
        write("related-only.txt", "Related Articles\n" + "Read More: another story\n".repeat(10_000));
        write("name with spaces \u00e9\u4e2d.txt", "Unicode file name\n\nThe article in a file with an unusual name is read.");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) out.write(zeros);
        }

        try (SqliteStoryStore store = SqliteStoryStore.open(dir.resolve("data"))) {
            StoryService service = new StoryService(new Storyline(Settings.DEFAULTS), store);
            IngestReport report = service.ingest(List.of(in));
            List<String> rejected = report.rejections().stream().map(r -> name(r) + ": " + r.reason()).toList();
            assertThat(rejected).anySatisfy(s -> assertThat(s).startsWith("binary.txt: binary content"))
                    .anySatisfy(s -> assertThat(s).startsWith("binary.html: binary content"))
                    .anySatisfy(s -> assertThat(s).startsWith("empty.txt: empty file"))
                    .anySatisfy(s -> assertThat(s).startsWith("blank.txt: no text"))
                    .anySatisfy(s -> assertThat(s).startsWith("invalid-utf8.txt: not valid UTF-8"))
                    .anySatisfy(s -> assertThat(s).startsWith("huge-line.txt: file of 200000000 bytes is over the limit"))
                    .anySatisfy(s -> assertThat(s).startsWith("wrong-types.json: field \"title\" must be a string, found array"))
                    .anySatisfy(s -> assertThat(s).startsWith("links.html: no article text found"))
                    .anySatisfy(s -> assertThat(s).startsWith("deep.json: malformed JSON"))
                    .anySatisfy(s -> assertThat(s).startsWith("truncated.jsonl: malformed JSON"))
                    .anySatisfy(s -> assertThat(s).startsWith("bomb.txt.gz: binary content"))
                    .anySatisfy(s -> assertThat(s).startsWith("nul-bytes.txt: binary content"))
                    .anySatisfy(s -> assertThat(s).startsWith("empty-page.html: no article text found"))
                    .anySatisfy(s -> assertThat(s).startsWith("only-script.html: no article text found"))
                    .anySatisfy(s -> assertThat(s).startsWith("number.json: expected a JSON object, found number"))
                    .anySatisfy(s -> assertThat(s).startsWith("mixed.json: expected a JSON object, found number"))
                    .anySatisfy(s -> assertThat(s).startsWith("published-number.json: field \"published\" must be a string"))
                    .anySatisfy(s -> assertThat(s).startsWith("only-title.txt: no article text found"))
                    .anySatisfy(s -> assertThat(s).startsWith("related-only.txt: no article text found"));
            List<Article> stored = store.articles();
            assertThat(stored).extracting(Article::title).contains("Ferry service resumes after storm", "ok");
            // a declared charset that does not fit the bytes is not trusted: the page is read, not garbled
            assertThat(stored).filteredOn(a -> a.source().endsWith("mislabelled.html")).singleElement()
                    .satisfies(a -> assertThat(a.text()).contains("Caf\u00e9 cr\u00e8me"));
            // invisible characters never reach the cleaned text
            assertThat(stored).filteredOn(a -> a.source().endsWith("rtl-zero-width.txt")).singleElement()
                    .satisfies(a -> assertThat(a.text()).doesNotContain("\u200b", "\u2060", "\u00a0").contains("ferry resumed"));
            // an id that looks like a path is not used as one: the article gets a content id
            assertThat(stored).filteredOn(a -> a.source().endsWith("path-traversal.json")).singleElement()
                    .satisfies(a -> assertThat(a.id()).doesNotContain("/").startsWith("a"));
            // script content is page chrome, never article text
            assertThat(stored).filteredOn(a -> a.source().endsWith("script.html")).singleElement()
                    .satisfies(a -> assertThat(a.text()).doesNotContain("alert(1)"));
            assertThat(stored).filteredOn(a -> a.source().endsWith("numbers-and-dates.txt")).singleElement()
                    .satisfies(a -> assertThat(a.published()).isNull());
            assertThat(store.stories()).isNotEmpty();
            assertThat(stored).extracting(Article::title).contains("Harbour tolls frozen", "Tram line opens",
                    "Caf\u00e9 owners protest", "Old Mac line endings", "First record", "Third record", "Spaced record",
                    "Unicode file name");
            assertThat(stored).filteredOn(a -> a.source().endsWith("control-chars.txt")).singleElement()
                    .satisfies(a -> assertThat(a.text()).doesNotContain("\u0007", "\u001b").contains("an escape[31m in"));
            assertThat(stored).filteredOn(a -> a.source().endsWith("bad-date.json")).singleElement()
                    .satisfies(a -> assertThat(a.published()).isNull());
            assertThat(stored).filteredOn(a -> a.source().endsWith("unclosed-tags.html")).singleElement()
                    .satisfies(a -> assertThat(a.text()).contains("Text inside many unclosed tags."));
            assertThat(stored).filteredOn(a -> a.source().endsWith("many-attributes.html")).singleElement()
                    .satisfies(a -> assertThat(a.text()).contains("A paragraph with many attributes"));
            assertThat(stored).filteredOn(a -> a.source().endsWith("long-title.txt")).singleElement()
                    .satisfies(a -> assertThat(a.title().length()).isLessThanOrEqualTo(301));
            // every file is accounted for: stored, a duplicate, or rejected with a reason
            assertThat(report.added() + report.duplicates() + report.rejections().size()).isEqualTo(report.read());

        }
    }

    static String name(Rejection r) {
        return Path.of(r.source().replaceFirst("#\\d+$", "")).getFileName().toString();
    }
}
