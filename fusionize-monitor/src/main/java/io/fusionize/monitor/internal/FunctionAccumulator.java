package io.fusionize.monitor.internal;

import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.dto.PlatformReport;
import java.util.Set;

/** Folds the invocations of one function at one memory size into its statistics. */
final class FunctionAccumulator {

    private static final Set<String> OUT_OF_MEMORY_TYPES =
            Set.of(PlatformReport.OUT_OF_MEMORY, "java.lang.OutOfMemoryError");

    private final String entryTask;
    private final String functionName;
    private final int memoryMb;
    private final DoubleList durations = new DoubleList();
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
        if (row.reported()) {
            addReport(row);
        }
    }

    private void countErrorType(String errorType) {
        if (PlatformReport.TIMED_OUT.equals(errorType)) {
            timeouts++;
        } else if (errorType != null && OUT_OF_MEMORY_TYPES.contains(errorType)) {
            outOfMemory++;
        } else if (PlatformReport.EXIT_ERROR.equals(errorType)) {
            exitErrors++;
        }
    }

    private void addReport(InvocationRow row) {
        reported++;
        billedSum += row.billedMs() == null ? 0 : row.billedMs();
        costSum += row.costUsd() == null ? 0 : row.costUsd();
        maxMemoryUsed = Math.max(maxMemoryUsed, row.maxMemoryMb() == null ? 0 : row.maxMemoryMb());
    }

    FunctionStatistics toStatistics() {
        return new FunctionStatistics(entryTask, functionName, memoryMb, invocations, coldStarts, failures, timeouts,
                outOfMemory, exitErrors, Summaries.of(durations.toArray()), perReport(billedSum),
                maxMemoryUsed, perReport(costSum));
    }

    private double perReport(double sum) {
        return reported == 0 ? 0 : sum / reported;
    }
}
