package dev.storyline.ingest.web;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.ingest.Feed;
import dev.storyline.ingest.WebPage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One polling round over feeds (URLs or local files): a conditional GET per feed URL, then each new item's page
 * fetched politely and turned into a document, with the feed's title, date and outlet as hints. An item whose
 * page cannot be had falls back to the text the feed carries. Items are remembered once handled; a page that
 * failed for a passing reason (network, 5xx) is tried again next round.
 */
public final class FeedWatcher {
    /**
     * @param documents      new documents to store
     * @param rejections     feeds and items that could not be used, with the reason
     * @param unchangedFeeds feeds the server said had not changed (304)
     */
    public record Round(List<RawDocument> documents, List<Rejection> rejections, int unchangedFeeds) {
        public Round {
            documents = List.copyOf(documents);
            rejections = List.copyOf(rejections);
        }
    }

    private final PoliteFetcher fetcher;
    private final WatchState state;
    private final long maxFeedFileBytes;

    /** @param maxFeedFileBytes a local feed file larger than this is refused (URLs are capped by the fetcher) */
    public FeedWatcher(PoliteFetcher fetcher, WatchState state, long maxFeedFileBytes) {
        this.fetcher = fetcher;
        this.state = state;
        this.maxFeedFileBytes = maxFeedFileBytes;
    }

    public Round poll(List<String> feeds) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int unchanged = 0;
        Map<String, Deque<Pending>> byHost = new LinkedHashMap<>();
        for (String feed : feeds) {
            Feed parsed;
            try {
                parsed = read(feed);
            } catch (PoliteFetcher.RefusedException | IOException | Feed.FeedException e) {
                rejections.add(new Rejection(feed, e.getMessage()));
                continue;
            }
            if (parsed == null) {
                unchanged++;
                continue;
            }
            List<Feed.Item> items = parsed.items();
            for (int i = 0; i < items.size(); i++) {
                Pending p = new Pending(feed, i + 1, parsed.title(), items.get(i));
                byHost.computeIfAbsent(host(items.get(i).url()), h -> new ArrayDeque<>()).add(p);
            }
        }
        // one item per host in turn: while one host's delay runs, the others are asked, so a round over many
        // outlets takes about as long as its busiest host needs, not the sum of all
        while (!byHost.isEmpty()) {
            for (var it = byHost.values().iterator(); it.hasNext(); ) {
                Deque<Pending> queue = it.next();
                Pending p = queue.poll();
                item(p.feed(), p.n(), p.outlet(), p.item(), documents, rejections);
                if (queue.isEmpty()) it.remove();
            }
        }
        return new Round(documents, rejections, unchanged);
    }

    private record Pending(String feed, int n, String outlet, Feed.Item item) {}

    private static String host(String url) {
        if (url == null) return "";
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    /** The feed, or null when the server says it has not changed since the last round. */
    private Feed read(String feed) throws PoliteFetcher.RefusedException, IOException, Feed.FeedException {
        if (!web(feed)) {
            Path file = Path.of(feed);
            if (!Files.isRegularFile(file)) throw new IOException("no such feed file, and not an http(s) URL");
            long size = Files.size(file);
            if (size > maxFeedFileBytes) throw new IOException("feed file of " + size + " bytes is over the limit of " + maxFeedFileBytes);
            return Feed.parse(Files.readAllBytes(file));
        }
        URI uri = uri(feed);
        WatchState.Entry known = state.entry(feed);
        Map<String, String> conditional = new LinkedHashMap<>();
        if (known.etag() != null) conditional.put("If-None-Match", known.etag());
        if (known.lastModified() != null) conditional.put("If-Modified-Since", known.lastModified());
        HttpFetcher.Response response = fetcher.get(uri, conditional, false).response();
        if (response.status() == 304) return null;
        if (response.status() < 200 || response.status() > 299) throw new IOException("feed answered HTTP " + response.status());
        Feed parsed = Feed.parse(response.body());
        state.validators(feed, response.header("etag"), response.header("last-modified"));
        return parsed;
    }

    private void item(String feed, int n, String outlet, Feed.Item item, List<RawDocument> documents, List<Rejection> rejections) {
        String key = item.id() != null ? item.id() : item.url() != null ? item.url() : item.title() + "|" + item.published();
        if (state.seen(feed, key)) return;
        String source = item.url() != null ? item.url() : feed + "#" + n;
        DocumentHints hints = item.hints(outlet);
        String problem;
        boolean retry = false;
        URI link = null;
        try {
            if (item.url() != null) link = uri(item.url());
        } catch (IOException e) {
            // a malformed link stays malformed: handled below like a missing one, and not retried
        }
        if (link == null) {
            problem = item.url() == null ? "feed item has no link" : "feed item's link is not a valid URL";
        } else {
            try {
                PoliteFetcher.Fetched page = fetcher.get(link, Map.of(), true);
                int status = page.response().status();
                String type = page.response().header("content-type");
                if (status >= 200 && status <= 299 && WebPage.isHtml(type)) {
                    documents.add(WebPage.document(page.uri().toString(), page.response().body(), type, hints));
                    state.markSeen(feed, key);
                    return;
                }
                retry = status >= 500 || status == 429;
                problem = status >= 200 && status <= 299 ? "page is " + type + ", not HTML" : "page answered HTTP " + status;
            } catch (PoliteFetcher.RefusedException | WebPage.UnusablePageException e) {
                problem = e.getMessage();
            } catch (IOException e) {
                problem = "cannot fetch the page: " + e.getMessage();
                retry = !(e instanceof HttpFetcher.TooLargeException);
            }
        }
        RawDocument fromFeed = item.toDocument(source, outlet);
        if (fromFeed != null) {
            // the feed's own text is the article as its outlet published it, if shorter: better than nothing
            documents.add(fromFeed);
            state.markSeen(feed, key);
            return;
        }
        rejections.add(new Rejection(source, problem));
        if (!retry) state.markSeen(feed, key);
    }

    private static boolean web(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static URI uri(String s) throws IOException {
        try {
            return new URI(s.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("not a valid URL: " + s);
        }
    }
}
