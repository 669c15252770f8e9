package dev.storyline.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens.
 *
 * @param host         address to bind; anything but loopback needs a token
 * @param port         port, 0 for any free one
 * @param token        bearer token every /api request must carry, or null for none (loopback only)
 * @param maxBodyBytes largest request body accepted; larger ones get 413 before anything is stored
 * @param writesPerMinute POST /api/articles requests allowed per client address and minute
 * @param readConcurrency reads (GET /api/...) that run at once; the rest wait their turn. One writer assigns and
 *                        tells every article, so readers that all run at once take the CPU it needs: the default,
 *                        one core fewer than the machine has, leaves it one (on 2 cores, 16 writers and 16 readers:
 *                        writes 32.6 to 43.1 a second, their p99 0.97 to 0.77 s; reads 1,281 to 760 a second)
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int writesPerMinute, int readConcurrency) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
    /** Per client address; a JSON-lines batch is one write, so this bounds requests, not articles. */
    public static final int DEFAULT_WRITES_PER_MINUTE = 600;
    public static final int DEFAULT_READ_CONCURRENCY = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    public static final int MAX_READ_CONCURRENCY = 1024;

    public ServerOptions(String host, int port, String token, long maxBodyBytes) {
        this(host, port, token, maxBodyBytes, DEFAULT_WRITES_PER_MINUTE);
    }

    public ServerOptions(String host, int port, String token, long maxBodyBytes, int writesPerMinute) {
        this(host, port, token, maxBodyBytes, writesPerMinute, DEFAULT_READ_CONCURRENCY);
    }

    public ServerOptions {
        host = host == null || host.isBlank() ? LOOPBACK : host;
        token = token == null || token.isBlank() ? null : token;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (writesPerMinute < 1) throw new IllegalArgumentException("writesPerMinute must be positive");
        if (readConcurrency < 1 || readConcurrency > MAX_READ_CONCURRENCY) {
            throw new IllegalArgumentException("readConcurrency must be 1.." + MAX_READ_CONCURRENCY + ", was " + readConcurrency);
        }
        // A server reachable from other machines without a token would let anyone write into the store.
        if (token == null && !loopback(host)) {
            throw new IllegalArgumentException("binding to " + host + " needs a token (--token): "
                    + "without one only 127.0.0.1 is allowed");
        }
    }

    /** Loopback on a free port, no token: for tests and the default {@code storyline serve}. */
    public static ServerOptions local(int port) {
        return new ServerOptions(LOOPBACK, port, null, DEFAULT_MAX_BODY);
    }

    public ServerOptions withToken(String t) { return new ServerOptions(host, port, t, maxBodyBytes, writesPerMinute, readConcurrency); }

    public ServerOptions withMaxBodyBytes(long max) { return new ServerOptions(host, port, token, max, writesPerMinute, readConcurrency); }

    public ServerOptions withWritesPerMinute(int n) { return new ServerOptions(host, port, token, maxBodyBytes, n, readConcurrency); }

    public ServerOptions withReadConcurrency(int n) { return new ServerOptions(host, port, token, maxBodyBytes, writesPerMinute, n); }

    static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) return true;
        // only literal addresses: resolving a name here would make the check depend on DNS
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) return false;
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
