package io.fusionize.bench.optimizer;

import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.protocol.lambda.LambdaLimits;

/**
 * The made-up platform that fixture histories are "measured" on: what remote calls cost, how CPU
 * share follows memory, and the prices. Its figures follow the optimizer tests' typical region.
 *
 * @param remoteSyncMs what a remote sync call adds to the caller's wait beyond the callee's run
 * @param asyncAcceptMs how long the platform takes to accept a remote async event
 * @param localCallMs what an inline call adds
 * @param runtimeMs fixed handler time per invocation
 * @param baseMemoryMb memory every instance uses before any task runs
 * @param maxVcpus vCPUs at most
 * @param prices the prices
 */
public record FixturePlatform(double remoteSyncMs, double asyncAcceptMs, double localCallMs, double runtimeMs,
                              int baseMemoryMb, double maxVcpus, PriceTable prices) {

    /** @return 12 ms per sync hop, 3 ms to accept an async event, 110 MB per instance, AWS x86 prices */
    public static FixturePlatform typical() {
        return new FixturePlatform(12, 3, 0.1, 0.3, 110, 2, PriceTable.awsX86());
    }

    /**
     * @param memoryMb a function's memory size
     * @return the vCPUs it gets, as Lambda shares them
     */
    public double vcpus(int memoryMb) {
        return Math.min((double) memoryMb / LambdaLimits.MB_PER_VCPU, maxVcpus);
    }
}
