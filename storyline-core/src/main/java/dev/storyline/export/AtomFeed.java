package dev.storyline.export;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.SummarySentence;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stories as an Atom feed (RFC 4287) for a newsroom's feed reader: one entry per story, newest first, with
 * its headline, what happened and its summary, the outlets that carry it, and a link to its page when the
 * server's address is given. Dated by the story's latest dated article; a story of undated articles only takes
 * the feed's date. Text is written by an XML writer (escaped), and characters XML cannot hold are dropped.
 */
public final class AtomFeed {
    private AtomFeed() {}

    /** {@code baseUrl}: the server's address ("http://127.0.0.1:8080"), for links to story pages; null for none. */
    public static void write(StoryRun run, Writer out, String baseUrl, String title) throws IOException {
        Map<String, Article> articles = new HashMap<>();
        run.articles().forEach(a -> articles.put(a.id(), a));
        List<Story> stories = run.stories().stream()
                .sorted(Comparator.comparing((Story s) -> latest(s, articles), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Story::id)).toList();
        LocalDate feedDay = stories.stream().map(s -> latest(s, articles)).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(1970, 1, 1));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            text(x, "title", title);
            text(x, "id", "urn:storyline:stories");
            text(x, "updated", feedDay + "T00:00:00Z");
            x.writeStartElement("author");
            text(x, "name", "Storyline");
            x.writeEndElement();
            for (Story s : stories) {
                LocalDate day = latest(s, articles);
                x.writeStartElement("entry");
                text(x, "title", s.summary() == null || s.summary().headline().isBlank() ? s.id() : s.summary().headline());
                text(x, "id", "urn:storyline:story:" + s.id());
                text(x, "updated", (day == null ? feedDay : day) + "T00:00:00Z");
                if (baseUrl != null) {
                    x.writeEmptyElement("link");
                    x.writeAttribute("rel", "alternate");
                    x.writeAttribute("href", baseUrl.replaceAll("/+$", "") + "/story/" + s.id());
                }
                StringBuilder summary = new StringBuilder();
                if (s.summary() != null && s.summary().whatHappened() != null) summary.append(s.summary().whatHappened().text()).append("\n\n");
                if (s.summary() != null) for (SummarySentence ss : s.summary().sentences()) summary.append(ss.text()).append('\n');
                List<String> outlets = s.articleIds().stream().map(articles::get).filter(Objects::nonNull)
                        .map(Article::outlet).filter(Objects::nonNull).distinct().sorted().toList();
                if (!outlets.isEmpty()) summary.append("\nCovered by: ").append(String.join(", ", outlets)).append('\n');
                summary.append(s.articleIds().size()).append(s.articleIds().size() == 1 ? " article" : " articles");
                text(x, "summary", summary.toString().strip());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the feed: " + e.getMessage(), e);
        }
    }

    /** The day of the story's latest dated article, or null. */
    private static LocalDate latest(Story s, Map<String, Article> articles) {
        return s.articleIds().stream().map(articles::get).filter(Objects::nonNull).map(Article::published)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(xmlChars(value == null ? "" : value));
        x.writeEndElement();
    }

    /** Without the characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates). */
    static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString();
    }
}
