package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main text and metadata of a news page, from the jsoup DOM. The body is the block whose paragraphs carry
 * the most prose (length, commas, few links), in the spirit of Readability; metadata comes from JSON-LD,
 * meta tags, {@code <time>}, the URL, in that order of trust.
 */
final class HtmlPage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|share|social|related|recommend|newsletter|subscribe|promo|sidebar|footer|masthead|menu|"
                    + "nav|cookie|consent|advert|\\bad[s_-]|banner|breadcrumb|popup|modal|outbrain|taboola|widget|"
                    + "most-?read|trending|tags|byline-?share|author-?bio|print|caption|credit");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|prose");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)paragraph");
    /** Elements that hold blocks, but whose own text is prose on pages that write without paragraphs. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article");
    private static final int MAX_DEPTH = 512;

    record Page(String title, String outlet, String byline, List<PublicationDate> dates, List<String> lines,
                List<String> chrome) {}

    private HtmlPage() {}

    static Page read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser().setTrackErrors(0));
        List<PublicationDate> dates = new ArrayList<>();
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.selectFirst("h1")),
                stripSiteSuffix(doc.title()));
        String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String byline = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"));
        for (Element script : doc.select("script[type=application/ld+json]")) {
            readJsonLd(script.data(), dates);
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
            if (outlet == null) outlet = domain(url);
        }
        if (byline == null) byline = text(doc.selectFirst("[rel=author], .byline, .author, [itemprop=author]"));

        List<String> chrome = new ArrayList<>();
        Element body = mainContent(doc, chrome);
        List<String> lines = new ArrayList<>();
        if (body != null) collectBlocks(body, lines, 0);
        return new Page(title == null ? "" : title.strip(), outlet, shortByline(byline), dates, lines, chrome);
    }

    /** Readability-style scoring: each paragraph lends its prose score to its parent and grandparent. */
    private static Element mainContent(Document doc, List<String> chrome) {
        Element root = doc.body();
        if (root == null) return null;
        for (Element e : root.select("script, style, noscript, template, iframe, svg, button, select, nav, "
                + "footer, aside, figure figcaption, [hidden], [aria-hidden=true]")) {
            String t = e.text();
            if (!t.isBlank()) chrome.add(t.strip());
            e.remove();
        }
        // a form is a search box or a sign-up, unless it holds the page's prose: ASP.NET sites wrap the whole page in one
        int bodyText = root.text().length();
        for (Element form : root.select("form")) {
            String t = form.text();
            if (t.length() > bodyText / 2) continue;
            if (!t.isBlank()) chrome.add(t.strip());
            form.remove();
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : root.select("p, pre, td, blockquote, div, section, article")) {
            // a container is a paragraph when it says so (CNN's zn-body__paragraph) or carries prose as its own text
            boolean container = CONTAINERS.contains(p.tagName()) && !PARAGRAPH.matcher(p.className()).find();
            if (container && p.ownText().length() < 100) continue;
            String t = container ? p.ownText() : p.text();
            if (t.length() < 25) continue;
            double score = 1 + count(t, ',') + Math.min(t.length() / 100.0, 3);
            score *= 1 - linkDensity(p);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score + classWeight(parent), Double::sum);
                Element grand = parent.parent();
                if (grand != null) scores.merge(grand, score / 2 + classWeight(grand) / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore || (s == bestScore && best != null && e.getKey().siblingIndex() < best.siblingIndex())) {
                best = e.getKey();
                bestScore = s;
            }
        }
        if (best == null) return root;
        // prose split across sibling containers (a paywall wrapper, a "continued" block) belongs to the article, and
        // so do containers of the very same kind elsewhere (a story in several "post__content__section"s around a video)
        List<Element> parts = new ArrayList<>();
        double threshold = Math.max(10, bestScore * 0.2);
        Element parent = best.parent();
        if (parent != null) {
            for (Element sibling : parent.children()) {
                Double s = scores.get(sibling);
                if (sibling == best || (s != null && s >= threshold && !NEGATIVE.matcher(classAndId(sibling)).find())) parts.add(sibling);
            }
        } else {
            parts.add(best);
        }
        if (!best.className().isBlank()) {
            for (Map.Entry<Element, Double> e : scores.entrySet()) {
                Element other = e.getKey();
                if (e.getValue() >= threshold && other.tagName().equals(best.tagName()) && other.className().equals(best.className())
                        && parts.stream().noneMatch(p -> p == other || other.parents().contains(p) || p.parents().contains(other))) {
                    parts.add(other);
                }
            }
        }
        if (parts.size() == 1) return parts.get(0);
        Map<Element, Integer> position = new IdentityHashMap<>();
        Elements all = root.getAllElements();
        for (int i = 0; i < all.size(); i++) position.put(all.get(i), i);
        parts.sort(Comparator.comparingInt(position::get));
        Element merged = new Element("div");
        for (Element part : parts) merged.appendChild(part.clone());
        return merged;
    }

    /** Block-level text in document order: paragraphs, headings, list items, quotes. Negative blocks are skipped. */
    private static void collectBlocks(Element e, List<String> lines, int depth) {
        if (depth > MAX_DEPTH) return;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode tn) {
                String t = tn.text().strip();
                if (!t.isEmpty() && CONTAINERS.contains(e.tagName()) && t.length() > 40) lines.add(t);
                continue;
            }
            if (!(child instanceof Element c)) continue;
            if (NEGATIVE.matcher(classAndId(c)).find() && !POSITIVE.matcher(classAndId(c)).find()
                    && c.text().length() < 400) continue;
            switch (c.tagName()) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd" -> {
                    if (c.children().select("p").isEmpty()) { // select() would count the element itself
                        String t = c.text().strip();
                        if (!t.isEmpty()) lines.add(t);
                    } else {
                        collectBlocks(c, lines, depth + 1);
                    }
                }
                case "br" -> { }
                case "div" -> {
                    // a div of inline text only (CNN's paragraph divs) is one line, links and all
                    if (PARAGRAPH.matcher(c.className()).find() && c.select("p, div, li, h1, h2, h3, h4, table").size() == 1) {
                        String t = c.text().strip();
                        if (!t.isEmpty()) lines.add(t);
                    } else {
                        collectBlocks(c, lines, depth + 1);
                    }
                }
                default -> collectBlocks(c, lines, depth + 1);
            }
        }
    }

    private static void readJsonLd(String json, List<PublicationDate> dates) {
        try {
            JsonNode node = JSON.readTree(json);
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) node.forEach(items::add);
            else if (node.has("@graph")) node.get("@graph").forEach(items::add);
            else items.add(node);
            for (JsonNode item : items) {
                addDate(dates, item.path("datePublished").asText(null), "json-ld", 0.95);
            }
        } catch (Exception e) {
            // broken JSON-LD is common on the web; the other metadata sources still apply
        }
    }

    private static void addDate(List<PublicationDate> dates, String value, String basis, double confidence) {
        Optional<java.time.LocalDate> d = DateText.parseMachine(value);
        d.ifPresent(date -> dates.add(new PublicationDate(date, basis, confidence)));
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1.0, (double) links / total);
    }

    private static double classWeight(Element e) {
        String s = classAndId(e);
        double w = 0;
        if (NEGATIVE.matcher(s).find()) w -= 25;
        if (POSITIVE.matcher(s).find()) w += 25;
        if (e.tagName().equals("article")) w += 10;
        return w;
    }

    private static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
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

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
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
