package io.fusionize.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one function did at one memory size within one setup version.
 *
 * <p>Billing and memory figures come from platform reports, so they cover only reported
 * invocations; CPU figures come from invocation records; counts cover every invocation seen by
 * either side.
 *
 * @param entryTask the function's entry task
 * @param functionName the platform function's name
 * @param memoryMb the memory size the invocations ran with
 * @param invocations invocations seen
 * @param coldStarts invocations that started an instance
 * @param failures invocations that failed, by the runtime's or the platform's account
 * @param timeouts invocations stopped at their timeout
 * @param outOfMemory invocations that ran out of memory
 * @param exitErrors invocations whose process exited
 * @param duration the distribution of invocation durations
 * @param meanBilledDurationMs the mean billed duration of reported invocations
 * @param maxMemoryUsedMb the largest memory use reported
 * @param meanCostUsd the mean cost of a reported invocation
 * @param cpuMeasured invocations whose record carried the process CPU time
 * @param medianCpuMicros the median process CPU time of those invocations; 0 when none did
 * @param tasks run and CPU time per task executed in this function, ordered by task name
 */
public record FunctionStatistics(String entryTask, String functionName, int memoryMb, long invocations,
                                 long coldStarts, long failures, long timeouts, long outOfMemory, long exitErrors,
                                 DurationSummary duration, double meanBilledDurationMs, double maxMemoryUsedMb,
                                 double meanCostUsd, long cpuMeasured, double medianCpuMicros,
                                 List<TaskStatistics> tasks) {

    /** Freezes the task list. */
    public FunctionStatistics {
        tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks must not be null"));
    }

    /**
     * Statistics without CPU or task figures, as from platform reports alone.
     *
     * @param entryTask the function's entry task
     * @param functionName the platform function's name
     * @param memoryMb the memory size the invocations ran with
     * @param invocations invocations seen
     * @param coldStarts invocations that started an instance
     * @param failures invocations that failed
     * @param timeouts invocations stopped at their timeout
     * @param outOfMemory invocations that ran out of memory
     * @param exitErrors invocations whose process exited
     * @param duration the distribution of invocation durations
     * @param meanBilledDurationMs the mean billed duration of reported invocations
     * @param maxMemoryUsedMb the largest memory use reported
     * @param meanCostUsd the mean cost of a reported invocation
     */
    public FunctionStatistics(String entryTask, String functionName, int memoryMb, long invocations,
                              long coldStarts, long failures, long timeouts, long outOfMemory, long exitErrors,
                              DurationSummary duration, double meanBilledDurationMs, double maxMemoryUsedMb,
                              double meanCostUsd) {
        this(entryTask, functionName, memoryMb, invocations, coldStarts, failures, timeouts, outOfMemory,
                exitErrors, duration, meanBilledDurationMs, maxMemoryUsedMb, meanCostUsd, 0, 0, List.of());
    }

    /** @return whether the platform stopped any invocation for lack of time or memory, or a crash */
    public boolean hadResourceFailures() {
        return timeouts + outOfMemory + exitErrors > 0;
    }

    /**
     * @param task a task's name
     * @return its run and CPU time in this function, if it ran here
     */
    public Optional<TaskStatistics> task(String task) {
        return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
    }
}
