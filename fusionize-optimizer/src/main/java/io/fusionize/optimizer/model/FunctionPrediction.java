package io.fusionize.optimizer.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The model's forecast for one function of a setup.
 *
 * @param entry the function's entry task
 * @param memoryMb its memory size
 * @param tasks the tasks that run in it
 * @param invocationsPerRootRequest how often one root request invokes it
 * @param meanDurationMs its mean duration per invocation, waits for remote sync calls and inline
 *     async work included
 * @param costPer1000RootRequestsUsd what its invocations cost per 1,000 root requests
 * @param memoryNeedMb the largest memory use measured for any of its tasks; 0 when unknown
 */
public record FunctionPrediction(String entry, int memoryMb, Set<String> tasks, double invocationsPerRootRequest,
                                 double meanDurationMs, double costPer1000RootRequestsUsd, double memoryNeedMb) {

    /** Checks the parts and freezes the task set. */
    public FunctionPrediction {
        Objects.requireNonNull(entry, "entry must not be null");
        tasks = Set.copyOf(Objects.requireNonNull(tasks, "tasks must not be null"));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s@%d: %.1f ms x%.2f per request, $%.4f/1k", entry, memoryMb,
                meanDurationMs, invocationsPerRootRequest, costPer1000RootRequestsUsd);
    }
}
