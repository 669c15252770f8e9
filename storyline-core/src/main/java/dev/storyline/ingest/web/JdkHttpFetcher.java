package dev.storyline.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@link HttpFetcher} on the JDK's client: timeouts, a size cap, and no redirects (the caller re-checks each hop). */
public final class JdkHttpFetcher implements HttpFetcher {
    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;
    private final String userAgent;

    public JdkHttpFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    @Override
    public Response get(URI uri, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET()
                .header("User-Agent", userAgent).header("Accept-Encoding", "identity");
        headers.forEach(request::header);
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Map<String, String> names = new TreeMap<>();
        for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
            if (!h.getValue().isEmpty()) names.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue().get(0));
        }
        try (InputStream in = response.body()) {
            // the client's timeout ends at the headers; a server dripping the body slowly is cut off here
            CompletableFuture.delayedExecutor(readTimeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> close(in));
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > maxBytes) throw new TooLargeException("response of " + declared + " bytes is over the cap of " + maxBytes);
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) throw new TooLargeException("response is over the cap of " + maxBytes + " bytes");
            return new Response(response.statusCode(), names, body);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing only to stop a slow read: nothing to report
        }
    }
}
