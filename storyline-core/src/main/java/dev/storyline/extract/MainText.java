package dev.storyline.extract;

import dev.storyline.domain.BodySource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main text of a page, as candidates in order of preference, each saying which evidence it comes from. The
 * scorer's block (the one whose paragraphs carry the most prose, in the spirit of Readability) is the usual answer;
 * the page's own mark-up overrules it where it is more than a teaser, because a publisher that declares its body
 * knows it better than any score. Every rule compares amounts of prose, so each choice can be explained from the
 * page ("the block held 12% of the article element's prose"); the thresholds are {@link ExtractionSettings}.
 */
final class MainText {
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|share|social|related|recommend|newsletter|subscribe|promo|sidebar|footer|masthead|menu|"
                    + "nav|cookie|consent|advert|\\bad[s_-]|banner|breadcrumb|popup|modal|outbrain|taboola|widget|"
                    + "most-?read|trending|tags|byline-?share|author-?bio|print|caption|credit");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|prose");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)paragraph");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Elements that hold blocks, but whose own text is prose on pages that write without paragraphs. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article");
    private static final int MAX_DEPTH = 512;

    /**
     * One candidate text: the evidence it comes from, and its block lines, read from the page only when asked for:
     * most pages take their first candidate, and the rest would cost a walk of the page each.
     */
    static final class Body {
        private final BodySource source;
        private Supplier<List<String>> reader;
        private List<String> lines;

        Body(List<String> lines, BodySource source) {
            this.source = source;
            this.lines = List.copyOf(lines);
        }

        private Body(Supplier<List<String>> reader, BodySource source) {
            this.source = source;
            this.reader = reader;
        }

        BodySource source() {
            return source;
        }

        List<String> lines() {
            if (lines == null) {
                lines = List.copyOf(reader.get());
                reader = null;
            }
            return lines;
        }
    }

    /** The candidates worth cleaning, in order: each with some lines, none with the same lines as an earlier one. */
    static Iterable<Body> distinct(List<Body> candidates) {
        return () -> new Iterator<>() {
            private final Set<List<String>> seen = new HashSet<>();
            private final Iterator<Body> all = candidates.iterator();
            private Body next;

            @Override
            public boolean hasNext() {
                while (next == null && all.hasNext()) {
                    Body b = all.next();
                    if (!b.lines().isEmpty() && seen.add(b.lines())) next = b;
                }
                return next != null;
            }

            @Override
            public Body next() {
                if (!hasNext()) throw new NoSuchElementException();
                Body b = next;
                next = null;
                return b;
            }
        };
    }

    private MainText() {}

    /**
     * The page's text candidates, best first; the caller takes the first of {@link #distinct} that survives cleaning.
     * Chrome (scripts, navigation, forms) is removed from {@code doc} and its text appended to {@code chrome}.
     */
    static List<Body> candidates(Document doc, List<String> chrome, String jsonLdBody, ExtractionSettings settings) {
        Element root = doc.body();
        if (root == null) return List.of();
        removeChrome(root, chrome);
        List<Element> parts = scoredBlock(root);
        double blockProse = parts.stream().mapToDouble(MainText::prose).sum();
        Element declared = declaredBody(root);
        Element article = articleAround(root, parts);

        List<Body> out = new ArrayList<>();
        if (declared != null && prose(declared) >= Math.max(settings.minDeclaredChars(), blockProse * settings.partOfWhole())) {
            add(out, List.of(declared), BodySource.DECLARED_BODY);
        }
        List<String> jsonLd = jsonLdLines(jsonLdBody);
        if (out.isEmpty() && words(String.join(" ", jsonLd)).size() >= settings.minJsonLdWords()) {
            // the page says what its body is and the block does not hold it: the closest DOM element that does, else
            // the JSON-LD itself. A JSON-LD teaser the block holds changes nothing.
            String reference = String.join(" ", jsonLd);
            if (coverage(reference, text(parts)) < settings.jsonLdHolds()) {
                Element closest = null;
                double best = 0;
                for (Element e : domCandidates(declared, article, parts)) {
                    double a = agreement(e.text(), reference);
                    if (coverage(reference, e.text()) >= settings.jsonLdHolds() && a > best) {
                        best = a;
                        closest = e;
                    }
                }
                if (closest != null) add(out, List.of(closest), closest == article ? BodySource.ARTICLE_ELEMENT : BodySource.SCORED_BLOCK);
                else out.add(new Body(jsonLd, BodySource.JSON_LD_BODY));
            }
        }
        if (out.isEmpty() && article != null && articleOverrulesBlock(root, parts, blockProse, article, settings)) {
            add(out, List.of(article), BodySource.ARTICLE_ELEMENT);
        }
        add(out, parts, BodySource.SCORED_BLOCK);
        if (article != null) add(out, List.of(article), BodySource.ARTICLE_ELEMENT);
        if (declared != null) add(out, List.of(declared), BodySource.DECLARED_BODY);
        out.add(new Body(() -> pageParagraphs(root), BodySource.PAGE_PARAGRAPHS));
        return out;
    }

    private static void add(List<Body> out, List<Element> elements, BodySource source) {
        out.add(new Body(() -> {
            List<String> lines = new ArrayList<>();
            if (elements.size() == 1) {
                collectBlocks(elements.get(0), lines, 0);
            } else {
                // the parts are read as the children of one block, so each is judged as a block of its own (a negative part goes)
                Element merged = new Element("div");
                for (Element part : elements) merged.appendChild(part.clone());
                collectBlocks(merged, lines, 0);
            }
            return lines;
        }, source));
    }

    private static void removeChrome(Element root, List<String> chrome) {
        for (Element e : root.select("script, style, noscript, template, iframe, svg, button, select, nav, "
                + "footer, aside, figure figcaption, [hidden], [aria-hidden=true]")) {
            String t = e.text();
            if (!t.isBlank()) chrome.add(t.strip());
            e.remove();
        }
        // a form is a search box or a sign-up, unless it holds the page's prose: ASP.NET sites wrap the whole page in one
        org.jsoup.select.Elements forms = root.select("form");
        if (forms.isEmpty()) return; // the page's whole text is measured only when a form needs judging
        int bodyText = root.text().length();
        for (Element form : forms) {
            String t = form.text();
            if (t.length() > bodyText / 2) continue;
            if (!t.isBlank()) chrome.add(t.strip());
            form.remove();
        }
    }

    /**
     * Readability-style scoring: each paragraph lends its prose score to its parent and grandparent; the best
     * scorer and the siblings and look-alikes that share its prose are the block, in document order. The page's
     * body when nothing scores.
     */
    private static List<Element> scoredBlock(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        // a parent's class weight once, not once for each of its paragraphs
        Map<Element, Double> weights = new IdentityHashMap<>();
        for (Element p : root.select("p, pre, td, blockquote, div, section, article")) {
            // a container is a paragraph when it says so (CNN's zn-body__paragraph) or carries prose as its own text
            boolean container = CONTAINERS.contains(p.tagName()) && !PARAGRAPH.matcher(p.className()).find();
            if (container && p.ownText().length() < 100) continue;
            String t = container ? p.ownText() : p.text();
            if (t.length() < 25) continue;
            double score = 1 + count(t, ',') + Math.min(t.length() / 100.0, 3);
            score *= 1 - (container ? linkDensity(p) : linkDensity(p, t.length()));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score + weights.computeIfAbsent(parent, MainText::classWeight), Double::sum);
                Element grand = parent.parent();
                if (grand != null) scores.merge(grand, score / 2 + weights.computeIfAbsent(grand, MainText::classWeight) / 2, Double::sum);
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
        if (best == null) return List.of(root);
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
        if (parts.size() > 1) {
            Map<Element, Integer> position = new IdentityHashMap<>();
            Elements all = root.getAllElements();
            for (int i = 0; i < all.size(); i++) position.put(all.get(i), i);
            parts.sort(Comparator.comparingInt(position::get));
        }
        return parts;
    }

    /**
     * The article element is the text, not the block: when the block is the whole page (nothing scored), when the
     * block lies outside the page's only article (a sidebar outscoring a short post), or when the block holds only a
     * small part of the article's prose (a review cut after its lead).
     */
    private static boolean articleOverrulesBlock(Element root, List<Element> parts, double blockProse, Element article,
                                                 ExtractionSettings settings) {
        double articleProse = prose(article);
        if (articleProse < settings.minDeclaredChars()) return false;
        if (parts.get(0) == root) return true;
        boolean inside = parts.stream().allMatch(p -> p.parents().contains(article));
        if (!inside) return true;
        return blockProse < articleProse * settings.partOfWhole() && articleProse - blockProse >= settings.minMissedChars();
    }

    /** The largest element marked up as the body with schema.org microdata (a review's body counts). */
    private static Element declaredBody(Element root) {
        Element best = null;
        for (Element e : root.select("[itemprop=articleBody], [itemprop=reviewBody]")) {
            if (best == null || prose(e) > prose(best)) best = e;
        }
        return best;
    }

    /**
     * The {@code <article>} that holds the block, or the page's only one when the block does not hold it (or is the
     * whole page); null when there is neither.
     */
    private static Element articleAround(Element root, List<Element> parts) {
        for (Element a : parts.get(0).parents()) if (a.tagName().equals("article")) return a;
        Elements articles = root.select("article");
        if (articles.size() != 1) return null;
        Element only = articles.first();
        boolean held = parts.stream().anyMatch(p -> p != root && (p == only || only.parents().contains(p)));
        return held ? null : only;
    }

    /** Elements that may hold a JSON-LD body the block missed: the declared body, the article, the block's ancestors. */
    private static List<Element> domCandidates(Element declared, Element article, List<Element> parts) {
        List<Element> out = new ArrayList<>();
        if (declared != null) out.add(declared);
        if (article != null) out.add(article);
        Element up = parts.get(0).parent();
        for (int i = 0; i < 3 && up != null && !up.tagName().equals("body"); i++, up = up.parent()) out.add(up);
        return out;
    }

    /** The JSON-LD body as lines: its own line breaks, or its paragraphs when it carries HTML. */
    private static List<String> jsonLdLines(String body) {
        if (body == null || body.isBlank()) return List.of();
        List<String> lines = new ArrayList<>();
        if (body.contains("</p>") || body.contains("<br")) {
            collectBlocks(org.jsoup.Jsoup.parseBodyFragment(body).body(), lines, 0);
            return lines;
        }
        for (String line : body.split("\\R+")) {
            // JSON-LD bodies often carry HTML character references ("Europa&apos;s") without any mark-up
            if (!line.isBlank()) lines.add(Parser.unescapeEntities(line, false).strip());
        }
        return lines;
    }

    /** Every paragraph of the page with some prose and few links: the last resort of a page no block wins. */
    private static List<String> pageParagraphs(Element root) {
        List<String> lines = new ArrayList<>();
        for (Element p : root.select("p")) {
            String t = p.text().strip();
            if (t.length() >= 25 && linkDensity(p) < 0.5 && p.select("p").size() == 1) lines.add(t);
        }
        return lines;
    }

    /** Block-level text in document order: paragraphs, headings, list items, quotes, table rows. Negative blocks are skipped. */
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
                case "tr" -> {
                    // a data table's row is one line, its cells in order; a layout table's cells hold blocks of their own
                    if (c.select("p, div, li, table, h1, h2, h3").isEmpty()) {
                        String t = c.text().strip();
                        if (!t.isEmpty()) lines.add(t);
                    } else {
                        collectBlocks(c, lines, depth + 1);
                    }
                }
                case "div" -> {
                    // a div of inline text only is one line, links and all: CNN's paragraph divs, and prose written in
                    // spans (which no other case reads); a short one is a label ("Photo", "2 min read")
                    boolean inline = c.select("p, div, li, h1, h2, h3, h4, table").size() == 1;
                    if (inline && (PARAGRAPH.matcher(c.className()).find() || c.text().length() > 40)) {
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

    /** Characters of text that are not link text: what a reader reads as prose rather than navigation. */
    private static double prose(Element e) {
        int total = e.text().length();
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.max(0, total - links);
    }

    private static String text(List<Element> parts) {
        StringBuilder b = new StringBuilder();
        for (Element p : parts) b.append(p.text()).append(' ');
        return b.toString();
    }

    /** The share of {@code part}'s words (counted, case folded) that {@code whole} has too. */
    static double coverage(String part, String whole) {
        Map<String, Integer> x = words(part);
        int total = total(x);
        return total == 0 ? 0 : (double) common(x, words(whole)) / total;
    }

    /** F1 of the two texts' word counts, case folded: 1 for the same words, 0 for none in common. */
    static double agreement(String a, String b) {
        Map<String, Integer> x = words(a);
        Map<String, Integer> y = words(b);
        int sum = total(x) + total(y);
        return total(x) == 0 || total(y) == 0 ? 0 : 2.0 * common(x, y) / sum;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) n += c;
        return n;
    }

    private static int common(Map<String, Integer> x, Map<String, Integer> y) {
        int n = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) n += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        return n;
    }

    private static Map<String, Integer> words(String s) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        return counts;
    }

    private static double linkDensity(Element e) {
        return linkDensity(e, e.text().length());
    }

    /** @param total the length of {@code e.text()}, when the caller has it already */
    private static double linkDensity(Element e, int total) {
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
}
