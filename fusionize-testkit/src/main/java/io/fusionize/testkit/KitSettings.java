package io.fusionize.testkit;

import io.fusionize.api.Application;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a kit runs and how: the application, the setups, the function timeout, how long to wait
 * for async work, and the faults by task.
 *
 * @param application the application
 * @param matrix the setups that {@link FusionizeKit#runAll} and the test template use
 * @param timeout every invocation's time limit
 * @param asyncWait how long a run waits for its invocations to end after the response
 * @param faults the faults, by task
 */
record KitSettings(Application application, SetupMatrix matrix, Duration timeout, Duration asyncWait,
        Map<String, FaultPlan> faults) {

    /** Checks the parts and freezes the faults, keeping their order. */
    KitSettings {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(matrix, "matrix must not be null");
        requirePositive(timeout, "timeout");
        requirePositive(asyncWait, "async wait");
        faults = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(faults,
                "faults must not be null")));
    }

    KitSettings withMatrix(SetupMatrix newMatrix) {
        return new KitSettings(application, newMatrix, timeout, asyncWait, faults);
    }

    KitSettings withTimeout(Duration newTimeout) {
        return new KitSettings(application, matrix, newTimeout, asyncWait, faults);
    }

    KitSettings withAsyncWait(Duration newWait) {
        return new KitSettings(application, matrix, timeout, newWait, faults);
    }

    KitSettings withFault(String task, FaultPlan plan) {
        if (!application.tasks().containsKey(task)) {
            throw new IllegalArgumentException("application " + application.name() + " has no task " + task
                    + "; tasks: " + application.tasks().keySet());
        }
        Map<String, FaultPlan> added = new LinkedHashMap<>(faults);
        added.put(task, plan);
        return new KitSettings(application, matrix, timeout, asyncWait, added);
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what + " must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, not " + duration);
        }
    }
}
