package io.fusionize.bench.optimizer;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.protocol.billing.PriceTable;

/** What one function did in the requests of one fixture measurement. */
final class FunctionTally {

    private final FunctionSpec spec;
    private final String functionName;
    private long invocations;
    private double durationSumMs;
    private double billedSumMs;
    private double costSumUsd;
    private int usedMb;

    FunctionTally(FunctionSpec spec, String functionName) {
        this.spec = spec;
        this.functionName = functionName;
    }

    void add(double durationMs, int memoryUsedMb, PriceTable prices) {
        double billedMs = Math.ceil(durationMs);
        invocations++;
        durationSumMs += durationMs;
        billedSumMs += billedMs;
        costSumUsd += prices.costPerInvocation(billedMs, spec.memoryMb());
        usedMb = Math.max(usedMb, memoryUsedMb);
    }

    /** @return the cost of every invocation tallied */
    double costUsd() {
        return costSumUsd;
    }

    /**
     * @param repeat how many times the tallied requests ran
     * @return the monitor's statistics of the function, as if every request ran that often
     */
    FunctionStatistics statistics(long repeat) {
        double meanMs = durationSumMs / invocations;
        long runs = invocations * repeat;
        long outOfMemory = usedMb > spec.memoryMb() ? runs : 0;
        return new FunctionStatistics(spec.entry(), functionName, spec.memoryMb(), runs, 0, outOfMemory, 0,
                outOfMemory, 0, new DurationSummary(runs, meanMs, meanMs, meanMs, meanMs, meanMs),
                billedSumMs / invocations, Math.min(usedMb, spec.memoryMb()), costSumUsd / invocations);
    }
}
