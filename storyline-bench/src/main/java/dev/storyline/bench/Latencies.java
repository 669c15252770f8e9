package dev.storyline.bench;

import java.util.Arrays;

/** Per-article latencies in nanoseconds, kept in a growable primitive array. Thread-safe. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
    }

    /** The q-quantile in milliseconds (nearest rank). */
    synchronized double quantileMillis(double q) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
}
