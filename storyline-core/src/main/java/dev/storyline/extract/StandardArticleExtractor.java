package dev.storyline.extract;

import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleEvidence;
import dev.storyline.domain.BodySource;
import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.MetadataSource;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Removal;
import dev.storyline.text.Languages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text and HTML documents become articles through one cleaning chain, so a page and its scraped text agree.
 * HTML first loses its page chrome (navigation, asides, scripts) to {@link HtmlPage}; then both kinds go
 * line by line through the {@link TextCleaner}.
 */
final class StandardArticleExtractor implements ArticleExtractor {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:~-]{1,128}");
    private static final int MAX_CHROME_CHARS = 300;
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.{0,200}?-->", Pattern.DOTALL);
    // compiled once: String.replaceAll compiles its pattern on every call, and these run on every line
    private static final Pattern UNICODE_SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    private final TextCleaner cleaner = TextCleaner.standard();
    private final ExtractionSettings settings;

    StandardArticleExtractor(ExtractionSettings settings) {
        this.settings = settings;
    }

    @Override
    public Article extract(RawDocument doc) throws ExtractionException {
        DocumentHints hints = doc.hints();
        Sourced title;
        Sourced outlet;
        Sourced byline;
        List<PublicationDate> dates = new ArrayList<>();
        List<String> body;
        List<Removal> removed = new ArrayList<>();
        TextCleaner.Cleaned cleaned = null;
        BodySource bodySource = BodySource.PLAIN_TEXT;
        if (doc.format() == RawDocument.Format.HTML) {
            HtmlPage.Page page = HtmlPage.read(doc.content(), hints.url(), settings);
            title = Sourced.first(Sourced.of(hints.title(), MetadataSource.CONTAINER), page.title());
            title = Sourced.of(plainSpaces(title.present() ? title.value() : ""), title.source());
            // the first candidate that still has text once cleaned: a block that was all boilerplate is no article
            MainText.Body chosen = new MainText.Body(List.of(), BodySource.SCORED_BLOCK);
            for (MainText.Body candidate : MainText.distinct(page.bodies())) {
                cleaned = cleaner.clean(tidy(candidate.lines()), title.present() ? title.value() : "");
                chosen = candidate;
                if (!cleaned.text().isBlank()) break;
            }
            bodySource = chosen.source();
            TextMetadata.Found inText = TextMetadata.read(chosen.lines(), title.value());
            outlet = Sourced.first(Sourced.of(hints.outlet(), MetadataSource.CONTAINER), page.outlet(),
                    Sourced.of(inText.outlet(), MetadataSource.TEXT_LINE));
            byline = Sourced.first(page.byline(), Sourced.of(inText.byline(), MetadataSource.TEXT_LINE));
            dates.addAll(page.dates());
            dates.addAll(inText.dates());
            body = chosen.lines();
            for (String chrome : page.chrome()) {
                removed.add(new Removal(chrome.length() > MAX_CHROME_CHARS ? chrome.substring(0, MAX_CHROME_CHARS) + "…" : chrome,
                        "page-chrome"));
            }
        } else {
            // markup left in scraped text ("<!--:es-->Terror Attack ...<!--:-->") is no text of the article
            String content = CharacterReferences.decode(HTML_COMMENT.matcher(doc.content()).replaceAll(""));
            Optional<PublicationDate> crawled = DateEvidence.crawlPrefix(content);
            if (crawled.isPresent()) {
                dates.add(crawled.get());
                removed.add(new Removal(content.substring(0, content.length() - DateEvidence.withoutCrawlPrefix(content).length()).strip(),
                        "crawl-date"));
                content = DateEvidence.withoutCrawlPrefix(content);
            }
            List<String> lines = HardWraps.unwrap(Arrays.asList(content.replace("\r\n", "\n").replace('\r', '\n').split("\n")));
            TextMetadata.Found found = TextMetadata.read(lines, hints.title());
            title = Sourced.of(found.title(), found.titleLine() >= 0 ? MetadataSource.TEXT_LINE : MetadataSource.CONTAINER);
            outlet = Sourced.first(Sourced.of(hints.outlet(), MetadataSource.CONTAINER), Sourced.of(found.outlet(), MetadataSource.TEXT_LINE));
            byline = Sourced.of(found.byline(), MetadataSource.TEXT_LINE);
            dates.addAll(found.dates());
            body = new ArrayList<>(lines);
            if (found.titleLine() >= 0) {
                for (int i = 0; i < found.titleLine(); i++) {
                    if (!lines.get(i).isBlank()) removed.add(new Removal(lines.get(i).strip(), "above-title"));
                }
                body = new ArrayList<>(lines.subList(found.titleLine() + 1, lines.size()));
            }
        }
        // a page that names no outlet is still from its site: the URL's host is what a reader would cite
        if (!outlet.present()) outlet = Sourced.of(host(hints.url()), MetadataSource.URL_HOST);
        DateText.parseMachine(hints.published()).ifPresent(d -> dates.add(0, new PublicationDate(d, "container", 0.9)));
        if (doc.format() != RawDocument.Format.HTML) dates.addAll(DateEvidence.fromUrl(hints.url()));

        if (cleaned == null) cleaned = cleaner.clean(tidy(body), title.present() ? title.value() : "");
        removed.addAll(cleaned.removed());
        String text = cleaned.text();
        if (text.isBlank() && title.present() && Lines.isBodyParagraph(title.value()) && !Headline.isChrome(title.value())) {
            // a one-sentence article read its only sentence as the headline: that sentence is its text
            text = plainSpaces(title.value()).strip();
            title = Sourced.NONE;
        }
        if (text.isBlank()) {
            throw new ExtractionException(!title.present()
                    ? "no article text found" : "no article text found under the title \"" + abbreviate(title.value()) + "\"");
        }
        // a headline is never page chrome (navigation, a promo, a copyright line): then the first sentence names the event
        String headline = cap(!title.present() || Headline.isChrome(title.value()) ? Headline.derive(text)
                : Headline.tidy(plainSpaces(title.value())));
        MetadataSource headlineSource = !title.present() || Headline.isChrome(title.value()) ? MetadataSource.FIRST_SENTENCE : title.source();
        String contentHash = hash(normalise(headline) + "\n" + normalise(text));
        String id = hints.id() != null && SAFE_ID.matcher(hints.id()).matches() ? hints.id() : "a" + contentHash.substring(0, 16);
        Integer yearHint = dates.stream().map(d -> d.date().getYear()).findFirst().orElse(null);
        // a headline's or a caption's date is the event's as often as the prose's ("... the Higgs boson (Geneva,
        // 4th July 2012)"), so both are read with the text
        String captions = removed.stream().filter(r -> r.rule().equals("caption")).map(Removal::text)
                .collect(java.util.stream.Collectors.joining("\n"));
        List<PublicationDate> prose = DateEvidence.inProse(headline + "\n" + text + (captions.isEmpty() ? "" : "\n" + captions),
                yearHint, headline.length() + 1 + DateEvidence.LEAD_DATE_CHARS);
        // the day it was written: the most trusted whole day; a month from the URL or a crawl stamp is no day, and
        // of the prose's dates only a "Published on" stamp says when the page was written
        PublicationDate best = java.util.stream.Stream.concat(dates.stream(),
                        prose.stream().filter(d -> d.basis().equals("stamp-in-text")))
                .filter(d -> d.precision() == DatePrecision.DAY)
                .max(Comparator.comparingDouble(PublicationDate::confidence)).orElse(null);
        LocalDate published = best != null && best.trusted() ? best.date() : null;
        dates.addAll(prose);
        String language = Languages.identify(headline + "\n" + text);
        PublicationDate eventDate = DateEvidence.eventDate(best, dates, text, language);
        ArticleEvidence evidence = new ArticleEvidence(headlineSource, byline.source(), outlet.source(),
                Languages.UNDETERMINED.equals(language) ? MetadataSource.UNDETERMINED : MetadataSource.DETECTED);
        return new Article(id, doc.source(), hints.url(), headline, outlet.value(), byline.value(), published, dates, text,
                removed, contentHash, eventDate, language, bodySource, evidence);
    }

    private static List<String> tidy(List<String> lines) {
        return lines.stream().map(l -> joinDropCap(plainSpaces(l))).toList();
    }

    /**
     * No-break, thin and other Unicode spaces become plain spaces and zero-width characters go: scraped text is
     * full of them, and every later pattern ("thousands of", "told AFP") expects ordinary spacing. Bidirectional
     * and terminal controls go too: in untrusted text they only serve to make a line read differently from what
     * it holds (or to drive the reader's terminal).
     */
    static String plainSpaces(String line) {
        if (line == null) return null;
        return INVISIBLE.matcher(UNICODE_SPACE.matcher(line).replaceAll(" ")).replaceAll("");
    }

    /**
     * A paragraph's first letter set apart as a drop cap loses its word when a scraper flattens the page ("P olice in
     * Paris said"). Only letters that are no word of their own in the Latin-script languages we read are joined:
     * "A", "I", "O", "E", "Y", "U" and the Slavic prepositions "W", "Z", "S", "V", "K" begin real sentences.
     */
    private static final Pattern DROP_CAP = Pattern.compile("^(\\s*[BCDFGHJLMNPQRTX]) (\\p{Ll}{2,})");

    static String joinDropCap(String line) {
        if (line == null) return null;
        return DROP_CAP.matcher(line).replaceFirst("$1$2");
    }

    static final int MAX_TITLE_CHARS = 300;

    /** A "title" of thousands of characters is a run-on line, not a headline: shown cut at a word. */
    private static String cap(String title) {
        if (title.length() <= MAX_TITLE_CHARS) return title;
        int cut = title.lastIndexOf(' ', MAX_TITLE_CHARS);
        return title.substring(0, cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS).strip() + "…";
    }

    /** Lower case, each run of white space one space, none at the ends: what the content hash is of. One pass. */
    private static String normalise(String s) {
        if (s == null) return "";
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            // the characters of the regular expression \s, which this replaced
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        if (space) b.append(' ');
        return b.toString().strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** "www.reuters.com" as "reuters.com"; null for a URL with no web host (a file, a bad address). */
    static String host(String url) {
        if (url == null) return null;
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String host = uri.getHost();
            if (host == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) return null;
            return host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|mobile)\\.", "");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
