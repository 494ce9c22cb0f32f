package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.FunctionStatistics;
import java.util.List;

/**
 * Reads a task's own duration off a function that ran it alone: the function's mean duration
 * minus the caller's mean waits for its remote calls.
 *
 * <p>Sync calls are taken to run one after the other. When their waits add up to more than the
 * whole duration, they must have overlapped, so they are taken to run together and only the
 * longest wait counts. Async sends leave concurrently, so only the slowest acceptance counts.
 */
final class SoloReading {

    private static final double SEVERAL_CALLS = 1.05;

    private SoloReading() {
    }

    static SoloObservation of(FunctionSpec function, FunctionStatistics measured, List<CallEdge> edges) {
        long runs = measured.invocations();
        double durationMs = measured.duration().meanMs();
        double syncSum = 0;
        double syncMax = 0;
        double syncCalls = 0;
        double asyncMax = 0;
        for (CallEdge edge : edges) {
            double callsPerRun = (double) edge.calls() / runs;
            if (isSync(edge)) {
                double waitMs = callsPerRun * edge.meanDurationMs();
                syncSum += waitMs;
                syncMax = Math.max(syncMax, waitMs);
                syncCalls += callsPerRun;
            } else {
                asyncMax = Math.max(asyncMax, CallProfile.asyncWaitMs(callsPerRun, edge.meanDurationMs()));
            }
        }
        boolean concurrent = syncCalls > SEVERAL_CALLS && durationMs - syncSum - asyncMax < 0;
        double ownMs = durationMs - (concurrent ? syncMax : syncSum) - asyncMax;
        return new SoloObservation(function.entry(), function.memoryMb(), runs, Math.max(0, ownMs), concurrent,
                edges.stream().map(e -> new SoloObservation.ObservedCall(e.callee(), isSync(e),
                        (double) e.calls() / runs)).toList(), measured.maxMemoryUsedMb());
    }

    // An edge mixing both kinds counts as the kind most of its calls had.
    static boolean isSync(CallEdge edge) {
        return edge.syncCalls() >= edge.asyncCalls();
    }
}
