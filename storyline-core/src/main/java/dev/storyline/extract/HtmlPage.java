package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.MetadataSource;
import dev.storyline.domain.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main text and metadata of a news page, from the jsoup DOM. The text's candidates come from {@link MainText};
 * metadata comes from JSON-LD, meta tags, {@code <time>}, the URL, in that order of trust.
 */
final class HtmlPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param bodies the page's text candidates, best first ({@link MainText}); the first that survives cleaning is the text
     */
    record Page(Sourced title, Sourced outlet, Sourced byline, List<PublicationDate> dates, List<MainText.Body> bodies,
                List<String> chrome) {
        /** The first candidate's lines that has any. */
        List<String> lines() {
            for (MainText.Body b : MainText.distinct(bodies)) return b.lines();
            return List.of();
        }
    }

    private HtmlPage() {}

    static Page read(String html, String url, ExtractionSettings settings) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser().setTrackErrors(0));
        List<PublicationDate> dates = new ArrayList<>();
        Sourced title = Sourced.first(Sourced.of(meta(doc, "og:title"), MetadataSource.OPEN_GRAPH),
                Sourced.of(meta(doc, "twitter:title"), MetadataSource.TWITTER_CARD),
                Sourced.of(text(doc.selectFirst("h1")), MetadataSource.H1),
                Sourced.of(stripSiteSuffix(doc.title()), MetadataSource.TITLE_ELEMENT));
        Sourced outlet = Sourced.first(Sourced.of(meta(doc, "og:site_name"), MetadataSource.OPEN_GRAPH),
                Sourced.of(meta(doc, "application-name"), MetadataSource.META));
        Sourced byline = Sourced.first(Sourced.of(meta(doc, "author"), MetadataSource.META),
                Sourced.of(meta(doc, "article:author"), MetadataSource.META), Sourced.of(meta(doc, "dc.creator"), MetadataSource.META));
        StringBuilder jsonLdBody = new StringBuilder();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            readJsonLd(script.data(), dates, jsonLdBody);
        }
        addDate(dates, meta(doc, "article:published_time"), "meta", 0.9);
        for (String name : List.of("date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
                "sailthru.date", "parsely-pub-date", "og:published_time")) {
            addDate(dates, meta(doc, name), "meta", 0.85);
        }
        Element time = doc.selectFirst("article time[datetime], time[datetime][pubdate], time[datetime]");
        if (time != null) addDate(dates, time.attr("datetime"), "time-element", 0.7);
        if (url != null) {
            dates.addAll(DateEvidence.fromUrl(url));
            if (!outlet.present()) outlet = Sourced.of(domain(url), MetadataSource.URL_HOST);
        }
        if (!byline.present()) {
            byline = Sourced.of(text(doc.selectFirst("[rel=author], .byline, .author, [itemprop=author]")), MetadataSource.AUTHOR_ELEMENT);
        }
        byline = Sourced.of(shortByline(byline.value()), byline.source());

        List<String> chrome = new ArrayList<>();
        List<MainText.Body> bodies = MainText.candidates(doc, chrome, jsonLdBody.toString(), settings);
        return new Page(title, outlet, byline, dates, bodies, chrome);
    }

    /** The JSON-LD's publication dates, and into {@code body} its longest {@code articleBody} (if longer than what it holds). */
    private static void readJsonLd(String json, List<PublicationDate> dates, StringBuilder body) {
        try {
            JsonNode node = JSON.readTree(json);
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) node.forEach(items::add);
            else if (node.has("@graph")) node.get("@graph").forEach(items::add);
            else items.add(node);
            for (JsonNode item : items) {
                addDate(dates, item.path("datePublished").asText(null), "json-ld", 0.95);
                String text = item.path("articleBody").asText("");
                if (text.length() > body.length()) body.replace(0, body.length(), text);
            }
        } catch (Exception e) {
            // broken JSON-LD is common on the web; the other metadata sources still apply
        }
    }

    private static void addDate(List<PublicationDate> dates, String value, String basis, double confidence) {
        Optional<java.time.LocalDate> d = DateText.parseMachine(value);
        d.ifPresent(date -> dates.add(new PublicationDate(date, basis, confidence)));
    }





    private static String meta(Document doc, String name) {
        Elements els = doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        for (Element e : els) {
            String c = e.attr("content");
            if (!c.isBlank()) return c.strip();
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String stripSiteSuffix(String title) {
        if (title == null) return null;
        return title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "").strip();
    }

    private static String shortByline(String byline) {
        if (byline == null) return null;
        String b = byline.replaceFirst("(?i)^\\s*by\\s+", "").strip();
        return b.isEmpty() || b.length() > 80 ? null : b;
    }

    private static String domain(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


}
