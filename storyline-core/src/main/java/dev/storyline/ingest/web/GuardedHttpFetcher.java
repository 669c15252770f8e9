package dev.storyline.ingest.web;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link HttpFetcher} on Apache HttpClient: timeouts, a size cap, no redirects (the caller re-checks each hop), and
 * every connection made only to addresses the {@link AddressGuard} allows, resolved for that connection. The JDK's
 * client resolves a name again after the guard's check, so a DNS answer that turned from public to 127.0.0.1 in
 * between (rebinding) would have reached the machine's own services.
 */
public final class GuardedHttpFetcher implements HttpFetcher, Closeable {
    private final CloseableHttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    public GuardedHttpFetcher(AddressGuard guard, Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent) {
        DnsResolver resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.allowedAddresses(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout)).setSocketTimeout(Timeout.of(readTimeout)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout)).build())
                .disableRedirectHandling().disableAutomaticRetries().disableContentCompression()
                .disableCookieManagement().setUserAgent(userAgent).build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public Response get(URI uri, Map<String, String> headers) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept-Encoding", "identity");
        headers.forEach(get::setHeader);
        // the socket timeout ends a stalled read; a server dripping the body slowly is cut off here
        CompletableFuture.delayedExecutor(readTimeout.toMillis(), TimeUnit.MILLISECONDS).execute(get::cancel);
        return client.execute(get, response -> {
            Map<String, String> names = new TreeMap<>();
            for (Header h : response.getHeaders()) names.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
            HttpEntity entity = response.getEntity();
            if (entity == null) return new Response(response.getCode(), names, new byte[0]);
            if (entity.getContentLength() > maxBytes) {
                throw new TooLargeException("response of " + entity.getContentLength() + " bytes is over the cap of " + maxBytes);
            }
            try (InputStream in = entity.getContent()) {
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) throw new TooLargeException("response is over the cap of " + maxBytes + " bytes");
                return new Response(response.getCode(), names, body);
            }
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
