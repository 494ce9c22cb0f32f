package io.fusionize.monitor;

/**
 * What one function did at one memory size within one setup version.
 *
 * <p>Billing and memory figures come from platform reports, so they cover only reported
 * invocations; counts cover every invocation seen by either side.
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
 */
public record FunctionStatistics(String entryTask, String functionName, int memoryMb, long invocations,
                                 long coldStarts, long failures, long timeouts, long outOfMemory, long exitErrors,
                                 DurationSummary duration, double meanBilledDurationMs, double maxMemoryUsedMb,
                                 double meanCostUsd) {

    /** @return whether the platform stopped any invocation for lack of time or memory, or a crash */
    public boolean hadResourceFailures() {
        return timeouts + outOfMemory + exitErrors > 0;
    }
}
