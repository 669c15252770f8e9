package dev.storyline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each stage of a session, for the benchmark's per-stage cost table.
 * Thread-safe: per-article stages may run in parallel.
 */
public final class StageTimings {
    public static final String[] STAGES = {"text", "facts", "dedup", "cluster", "corroborate", "summarize", "timeline"};

    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
    private final Map<String, LongAdder> calls = new LinkedHashMap<>();

    StageTimings() {
        for (String stage : STAGES) {
            nanos.put(stage, new LongAdder());
            calls.put(stage, new LongAdder());
        }
    }

    void add(String stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
        calls.get(stage).increment();
    }

    /** Total nanoseconds per stage, in recipe order. */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Number of calls per stage, in recipe order. */
    public Map<String, Long> calls() {
        Map<String, Long> out = new LinkedHashMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
