package dev.storyline.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address for writes: a burst of a minute's allowance, refilled evenly. One client
 * flooding {@code POST /api/articles} gets 429 instead of holding the store's single writer for everyone.
 * The table of clients is bounded (least recently seen forgotten first), so spoofed addresses cannot grow it.
 */
final class WriteLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final double perNano;
    private final double capacity;
    private final LongSupplier clock;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    WriteLimiter(int perMinute, LongSupplier nanoClock) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.clock = nanoClock;
    }

    /** Takes one write from the client's bucket; false when it is empty. */
    synchronized boolean tryWrite(String client) {
        long now = clock.getAsLong();
        double[] b = buckets.computeIfAbsent(client, c -> new double[]{capacity, now});
        b[0] = Math.min(capacity, b[0] + (now - (long) b[1]) * perNano);
        b[1] = now;
        if (b[0] < 1) return false;
        b[0] -= 1;
        return true;
    }

    /** Seconds until the client's next write is allowed (for Retry-After). */
    synchronized long retryAfterSeconds(String client) {
        double[] b = buckets.get(client);
        if (b == null || b[0] >= 1) return 0;
        return (long) Math.ceil((1 - b[0]) / perNano / 1e9);
    }
}
