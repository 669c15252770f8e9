package dev.storyline.flink;

import org.apache.flink.api.common.functions.MapFunction;

/** Lets documents in one per pause, so that checkpoints (and the writes at them) happen before an injected failure. */
final class Pause implements MapFunction<String, String> {
    private final long millis;

    Pause(long millis) {
        this.millis = millis;
    }

    @Override
    public String map(String value) throws Exception {
        Thread.sleep(millis);
        return value;
    }
}
