package dev.storyline.flink;

import java.util.ServiceLoader;

/**
 * Told each time an operator reaches an input, by its number. The job itself installs none. A provider on the
 * classpath (META-INF/services) is found when the operator opens, which is how the recovery tests inject one failure.
 * Their provider is in the tests, so no fault injection ships in the job.
 */
interface InputProbe {
    InputProbe NONE = (operator, input) -> {};

    void reached(String operator, long input);

    /** The provider on the classpath, or {@link #NONE}. */
    static InputProbe installed() {
        return ServiceLoader.load(InputProbe.class).findFirst().orElse(NONE);
    }
}
