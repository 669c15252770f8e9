package dev.storyline.ingest.web;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A pretend web for the watcher: answers by URL, records each request with the fake time it was made. */
final class FakeWeb implements HttpFetcher {
    record Request(URI uri, Map<String, String> headers, Instant at) {}

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
    final List<Request> requests = new ArrayList<>();
    final List<Duration> sleeps = new ArrayList<>();
    private final Map<String, Function<Map<String, String>, Response>> pages = new HashMap<>();
    private final Map<String, String> dns = new HashMap<>();

    FakeWeb page(String url, Function<Map<String, String>, Response> answer) {
        pages.put(url, answer);
        return this;
    }

    FakeWeb page(String url, int status, String contentType, String body) {
        return page(url, h -> response(status, contentType, body));
    }

    FakeWeb host(String name, String address) {
        dns.put(name, address);
        return this;
    }

    static Response response(int status, String contentType, String body, String... headers) {
        Map<String, String> map = new HashMap<>();
        if (contentType != null) map.put("content-type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) map.put(headers[i], headers[i + 1]);
        return new Response(status, map, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Response get(URI uri, Map<String, String> headers) {
        requests.add(new Request(uri, Map.copyOf(headers), clock.instant()));
        Function<Map<String, String>, Response> answer = pages.get(uri.toString());
        return answer == null ? response(404, "text/plain", "not found") : answer.apply(headers);
    }

    /** Address literals are themselves; names resolve as set with {@link #host}, else to a public (never contacted) address. */
    AddressGuard.Resolver resolver() {
        return host -> {
            boolean literal = host.matches("[0-9.]+") || host.contains(":");
            return new InetAddress[]{InetAddress.getByName(literal ? host : dns.getOrDefault(host, "93.184.0.10"))};
        };
    }

    PoliteFetcher fetcher(boolean allowPrivate, Duration delay) {
        return new PoliteFetcher(this, new AddressGuard(resolver(), allowPrivate), clock, d -> {
            sleeps.add(d);
            clock.advance(d);
        }, delay, "storyline");
    }

    List<String> requested() {
        return requests.stream().map(r -> r.uri().toString()).toList();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() { return now; }

        @Override
        public java.time.ZoneId getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(java.time.ZoneId zone) { return this; }
    }
}
