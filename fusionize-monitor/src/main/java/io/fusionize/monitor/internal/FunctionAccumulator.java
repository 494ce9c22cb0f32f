package io.fusionize.monitor.internal;

import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Folds the invocations of one function at one memory size into its statistics. */
final class FunctionAccumulator {

    private static final Set<String> OUT_OF_MEMORY_TYPES =
            Set.of(LambdaErrors.OUT_OF_MEMORY, "java.lang.OutOfMemoryError");

    private final String entryTask;
    private final String functionName;
    private final int memoryMb;
    private final DoubleList durations = new DoubleList();
    private final DoubleList cpuMicros = new DoubleList();
    // Sorted, so tasks come out by name.
    private final Map<String, TaskAccumulator> tasks = new TreeMap<>();
    private long invocations;
    private long coldStarts;
    private long failures;
    private long timeouts;
    private long outOfMemory;
    private long exitErrors;
    private long reported;
    private double billedSum;
    private double costSum;
    private double maxMemoryUsed;

    FunctionAccumulator(String entryTask, String functionName, int memoryMb) {
        this.entryTask = entryTask;
        this.functionName = functionName;
        this.memoryMb = memoryMb;
    }

    void add(InvocationRow row) {
        invocations++;
        coldStarts += row.coldStart() ? 1 : 0;
        failures += row.failed() ? 1 : 0;
        countErrorType(row.errorType());
        if (row.durationMs() != null) {
            durations.add(row.durationMs());
        }
        if (row.cpuMicros() != null) {
            cpuMicros.add(row.cpuMicros());
        }
        if (row.reported()) {
            addReport(row);
        }
    }

    private void countErrorType(String errorType) {
        if (LambdaErrors.TIMEOUT.equals(errorType)) {
            timeouts++;
        } else if (errorType != null && OUT_OF_MEMORY_TYPES.contains(errorType)) {
            outOfMemory++;
        } else if (LambdaErrors.EXIT.equals(errorType)) {
            exitErrors++;
        }
    }

    private void addReport(InvocationRow row) {
        reported++;
        billedSum += row.billedMs() == null ? 0 : row.billedMs();
        costSum += row.costUsd() == null ? 0 : row.costUsd();
        maxMemoryUsed = Math.max(maxMemoryUsed, row.maxMemoryMb() == null ? 0 : row.maxMemoryMb());
    }

    /**
     * @param task a task that ran in one of this function's invocations
     * @param wallMicros its run time, {@code null} when unknown
     * @param cpuMicros its thread's CPU time, {@code null} when unknown
     */
    void addTask(String task, Long wallMicros, Long cpuMicros) {
        tasks.computeIfAbsent(task, TaskAccumulator::new).add(wallMicros, cpuMicros);
    }

    FunctionStatistics toStatistics() {
        double[] cpu = cpuMicros.toArray();
        return new FunctionStatistics(entryTask, functionName, memoryMb, invocations, coldStarts, failures, timeouts,
                outOfMemory, exitErrors, Summaries.of(durations.toArray()), perReport(billedSum),
                maxMemoryUsed, perReport(costSum), cpu.length, Summaries.median(cpu),
                tasks.values().stream().map(TaskAccumulator::toStatistics).toList());
    }

    private double perReport(double sum) {
        return reported == 0 ? 0 : sum / reported;
    }
}
