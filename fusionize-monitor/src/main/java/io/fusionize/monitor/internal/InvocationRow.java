package io.fusionize.monitor.internal;

/**
 * One row of the {@code invocations} view: a record joined with its report, or a report alone.
 *
 * @param functionName the platform function's name
 * @param entryTask the entry task, {@code null} when only the report arrived
 * @param memoryMb the memory size, {@code null} when unknown
 * @param coldStart whether an instance started for it
 * @param failed whether the runtime or the platform saw it fail
 * @param errorType the platform's error type, else the runtime's
 * @param durationMs the duration, {@code null} when unknown
 * @param billedMs the billed duration, when reported
 * @param maxMemoryMb the peak memory use, when reported
 * @param costUsd the cost, when reported
 * @param reported whether a platform report arrived
 * @param cpuMicros the process CPU time the record carried, {@code null} when it carried none
 */
record InvocationRow(String functionName, String entryTask, Integer memoryMb, boolean coldStart, boolean failed,
                     String errorType, Double durationMs, Long billedMs, Double maxMemoryMb, Double costUsd,
                     boolean reported, Long cpuMicros) {
}
