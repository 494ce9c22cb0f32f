package io.fusionize.monitor;

import java.util.Objects;

/**
 * How long one task ran, over its executions within one function at one memory size. Medians
 * are nearest-rank, so each is an observed value.
 *
 * @param task the task's name
 * @param executions how many times it ran
 * @param medianWallMicros its median run time, waits for its callees included
 * @param medianCpuMicros the median CPU time of the thread that ran it, inline callees excluded
 */
public record TaskStatistics(String task, long executions, double medianWallMicros, double medianCpuMicros) {

    /** Checks the parts. */
    public TaskStatistics {
        Objects.requireNonNull(task, "task must not be null");
    }
}
