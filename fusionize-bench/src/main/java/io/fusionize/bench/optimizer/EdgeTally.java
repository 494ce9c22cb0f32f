package io.fusionize.bench.optimizer;

import io.fusionize.monitor.CallEdge;

/** The calls on one edge of the call graph in one fixture measurement. */
final class EdgeTally {

    private static final long INPUT_BYTES = 30;
    private static final long RESULT_OVERHEAD_BYTES = 60;

    private final String function;
    private final String caller;
    private final String callee;
    private final long[] counts = new long[4];
    private double durationSumMs;
    private long resultBytes;

    EdgeTally(String function, String caller, String callee) {
        this.function = function;
        this.caller = caller;
        this.callee = callee;
    }

    void add(boolean sync, boolean local, double durationMs, int payloadBytes) {
        counts[(sync ? 0 : 2) + (local ? 0 : 1)]++;
        durationSumMs += durationMs;
        resultBytes += sync ? payloadBytes + RESULT_OVERHEAD_BYTES : 0;
    }

    /**
     * @param repeat how many times the tallied requests ran
     * @return the edge as the monitor reports it
     */
    CallEdge edge(long repeat) {
        long calls = counts[0] + counts[1] + counts[2] + counts[3];
        return new CallEdge(function, caller, callee, counts[0] * repeat, counts[1] * repeat, counts[2] * repeat,
                counts[3] * repeat, INPUT_BYTES * calls * repeat, resultBytes * repeat, durationSumMs / calls, 0);
    }
}
