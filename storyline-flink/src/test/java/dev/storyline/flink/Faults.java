package dev.storyline.flink;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A failure injected once, for the recovery tests: the named operator throws when it reaches the given input
 * number, the first time only. Off unless armed (tasks of a local MiniCluster share this JVM). The job finds it as
 * its {@link InputProbe} through the tests' META-INF/services.
 */
public final class Faults implements InputProbe {
    private static volatile String operator;
    private static volatile long at = -1;
    private static final AtomicBoolean FIRED = new AtomicBoolean();

    /** For ServiceLoader; the state is static, shared by every operator's instance. */
    public Faults() {}

    @Override
    public void reached(String operator, long input) {
        maybeFail(operator, input);
    }

    static void arm(String op, long seq) {
        operator = op;
        at = seq;
        FIRED.set(false);
    }

    static void disarm() {
        operator = null;
        at = -1;
    }

    static boolean fired() {
        return FIRED.get();
    }

    static void maybeFail(String op, long seq) {
        if (op.equals(operator) && seq == at && FIRED.compareAndSet(false, true)) {
            throw new IllegalStateException("injected failure in " + op + " at input " + seq);
        }
    }
}
