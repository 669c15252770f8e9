package dev.storyline.export;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryRun;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV of claims and the Atom feed of stories, over the bundled samples. */
class ExportFormatsTest {
    static StoryRun run;

    @BeforeAll
    static void tell() {
        Path samples = Files.isDirectory(Path.of("..", "samples")) ? Path.of("..", "samples") : Path.of("samples");
        Storyline storyline = new Storyline(Settings.DEFAULTS);
        List<Article> articles = storyline.articles(List.of(samples), r -> { throw new AssertionError("rejected: " + r); });
        run = storyline.run(articles);
    }

    @Test
    void everyClaimIsOneCsvRowWithItsOriginsAndVariants() throws Exception {
        StringWriter out = new StringWriter();
        ClaimsCsv.write(run, out);
        List<List<String>> rows = parse(out.toString());
        assertThat(rows.get(0)).isEqualTo(ClaimsCsv.COLUMNS);
        int claims = run.stories().stream().mapToInt(s -> s.claims().size()).sum();
        assertThat(rows).hasSize(claims + 1).allSatisfy(r -> assertThat(r).hasSize(ClaimsCsv.COLUMNS.size()));
        // the samples' evacuation conflict: 3,000 against 4,500, each naming the other as its variant
        List<String> three = rows.stream().filter(r -> r.get(4).equals("3000")).findFirst().orElseThrow();
        List<String> four = rows.stream().filter(r -> r.get(4).equals("4500")).findFirst().orElseThrow();
        assertThat(three.get(12)).contains(four.get(2));
        assertThat(Integer.parseInt(three.get(8))).isPositive();
        assertThat(three.get(9)).matches(".+ \\(\\d+\\)(; .+ \\(\\d+\\))*");
    }

    @Test
    void aCellThatWouldStartAFormulaIsDefusedAndQuotingIsRfc4180() {
        assertThat(ClaimsCsv.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(ClaimsCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ClaimsCsv.cell("-2 percent")).isEqualTo("'-2 percent");
        assertThat(ClaimsCsv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(ClaimsCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ClaimsCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(ClaimsCsv.cell("plain")).isEqualTo("plain");
        assertThat(ClaimsCsv.cell(null)).isEmpty();
    }

    @Test
    void theAtomFeedHasOneEntryAStoryNewestFirstWithLinksWhenAnAddressIsGiven() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeed.write(run, out, "http://127.0.0.1:8080/", "Storyline stories");
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(run.stories().size());
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            updated.add(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
            Element link = (Element) e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
            assertThat(link.getAttribute("href")).startsWith("http://127.0.0.1:8080/story/");
            assertThat(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent()).isNotBlank();
        }
        assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        StringWriter bare = new StringWriter();
        AtomFeed.write(run, bare, null, "Storyline stories");
        assertThat(bare.toString()).doesNotContain("<link");
    }

    @Test
    void charactersXmlCannotHoldAreDropped() {
        assertThat(AtomFeed.xmlChars("bell\u0007 and nul\u0000 and tab\t")).isEqualTo("bell and nul and tab\t");
    }

    /** RFC 4180 rows: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(cell.toString()); cell.setLength(0); }
            else if (c == '\r') { /* part of the row end */ }
            else if (c == '\n') { row.add(cell.toString()); cell.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else cell.append(c);
        }
        return rows;
    }
}
