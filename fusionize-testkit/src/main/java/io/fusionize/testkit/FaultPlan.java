package io.fusionize.testkit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a kit makes one task's fault for each run.
 *
 * @param description what the fault does, for messages, e.g. {@code failing}
 * @param make makes the fault of one run
 */
record FaultPlan(String description, Supplier<Fault> make) {

    /** Checks the parts. */
    FaultPlan {
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(make, "make must not be null");
    }
}
