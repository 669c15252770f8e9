package dev.storyline.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches the way a guest should: every hop checked by the {@link AddressGuard}, pages checked against the
 * host's robots.txt, at most one request per host per delay (or the host's Crawl-delay, if longer), redirects followed by hand (at most five) so that
 * a redirect cannot lead past the guard.
 */
public final class PoliteFetcher {
    /** Waits; the seam that lets tests advance a fake clock instead of sleeping. */
    public interface Sleeper {
        Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** A URL that will not be fetched (guard or robots.txt): permanent, unlike an {@link IOException}. */
    public static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    /** The response, and the URL it finally came from after redirects. */
    public record Fetched(URI uri, HttpFetcher.Response response) {}

    static final Duration ROBOTS_TTL = Duration.ofHours(24);
    private static final int MAX_REDIRECTS = 5;

    private final HttpFetcher http;
    private final AddressGuard guard;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration perHostDelay;
    private final String agent;
    private final Map<String, Instant> lastRequest = new HashMap<>();
    private final Map<String, Duration> crawlDelays = new HashMap<>();
    private final Map<String, Robots> robots = new HashMap<>();

    private record Robots(RobotsTxt rules, Instant fetched) {}

    public PoliteFetcher(HttpFetcher http, AddressGuard guard, Clock clock, Sleeper sleeper, Duration perHostDelay, String agent) {
        this.http = http;
        this.guard = guard;
        this.clock = clock;
        this.sleeper = sleeper;
        this.perHostDelay = perHostDelay;
        this.agent = agent;
    }

    /**
     * GETs the URL.
     *
     * @param obeyRobots false for a feed the user named (like a feed reader, not a crawler), true for the pages
     *                   the watcher finds in it
     */
    public Fetched get(URI uri, Map<String, String> headers, boolean obeyRobots) throws RefusedException, IOException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            check(current, obeyRobots);
            HttpFetcher.Response response = paced(current, headers);
            int status = response.status();
            String location = response.header("location");
            if (status / 100 != 3 || status == 304 || location == null) return new Fetched(current, response);
            if (hop == MAX_REDIRECTS) throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + uri);
            try {
                current = current.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new IOException("bad redirect location \"" + location + "\" from " + current);
            }
        }
    }

    private void check(URI uri, boolean obeyRobots) throws RefusedException, IOException {
        try {
            guard.check(uri);
        } catch (AddressGuard.RefusedException e) {
            throw new RefusedException(e.getMessage());
        }
        if (obeyRobots) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
            if (!robots(uri).allows(path)) throw new RefusedException("robots.txt of " + uri.getHost() + " disallows " + path);
        }
    }

    private RobotsTxt robots(URI uri) throws IOException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        Robots known = robots.get(origin);
        if (known != null && known.fetched().plus(ROBOTS_TTL).isAfter(clock.instant())) return known.rules();
        HttpFetcher.Response response;
        try {
            response = get(URI.create(origin + "/robots.txt"), Map.of(), false).response();
        } catch (RefusedException e) {
            return RobotsTxt.DISALLOW_ALL; // redirected somewhere the guard refuses
        }
        RobotsTxt rules;
        int status = response.status();
        if (status >= 200 && status < 300) {
            rules = RobotsTxt.parse(new String(response.body(), StandardCharsets.UTF_8), agent);
        } else if (status >= 400 && status < 500) {
            rules = RobotsTxt.ALLOW_ALL; // no robots.txt: no rules (RFC 9309)
        } else {
            // robots.txt unavailable (5xx): assume everything is off limits for now, and ask again next time
            return RobotsTxt.DISALLOW_ALL;
        }
        robots.put(origin, new Robots(rules, clock.instant()));
        crawlDelays.put(hostKey(uri), rules.crawlDelay());
        return rules;
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private HttpFetcher.Response paced(URI uri, Map<String, String> headers) throws IOException {
        String host = hostKey(uri);
        Instant last = lastRequest.get(host);
        if (last != null) {
            Duration delay = perHostDelay;
            Duration asked = crawlDelays.get(host);
            if (asked != null && asked.compareTo(delay) > 0) delay = asked;
            Duration wait = Duration.between(clock.instant(), last.plus(delay));
            if (!wait.isNegative() && !wait.isZero()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        lastRequest.put(host, clock.instant());
        return http.get(uri, headers);
    }
}
