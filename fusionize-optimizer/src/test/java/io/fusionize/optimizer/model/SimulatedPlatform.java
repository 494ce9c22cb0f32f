package io.fusionize.optimizer.model;

import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.protocol.lambda.LambdaLimits;

/**
 * The ground truth's platform: what remote calls cost, how CPU share follows memory, how noisy
 * measurements are. The model never sees these numbers; it must learn their effect from
 * measurements.
 *
 * @param remoteSyncMs what a remote sync call adds to the caller's wait beyond the callee's run
 * @param asyncHandOffMs how long the platform takes to accept a remote async event; events leave
 *     concurrently, in the background, and an invocation ends once all of them are accepted
 * @param localCallMs what an inline call costs (serializing the payload); the model assumes 0
 * @param runtimeMs fixed handler time per invocation
 * @param coldStartRatio the chance that a remote invocation meets a cold instance
 * @param initMs how long a cold instance makes its caller wait first (not billed)
 * @param jvmBaseMb memory every instance uses before any task runs
 * @param pressure how much CPU work slows near the memory limit: {@code 1 + pressure * (used / memory)^2};
 *     the model does not know this effect
 * @param jitter the spread of every measured duration (log-normal sigma); 0 for the truth
 * @param overheadJitter the spread of remote overheads
 * @param vcpuMemoryMb memory per vCPU
 * @param maxVcpus vCPUs at most
 * @param prices the prices
 */
record SimulatedPlatform(double remoteSyncMs, double asyncHandOffMs, double localCallMs, double runtimeMs,
                         double coldStartRatio, double initMs, int jvmBaseMb, double pressure, double jitter,
                         double overheadJitter, int vcpuMemoryMb, double maxVcpus, PriceTable prices) {

    /** A local-platform-like region: 12 ms per sync hop, 3 ms to accept an async event, 2 % cold starts. */
    static SimulatedPlatform typical() {
        return new SimulatedPlatform(12, 3, 0.1, 0.3, 0.02, 400, 110, 0.5, 0.05, 0.3,
                LambdaLimits.MB_PER_VCPU, 2, PriceTable.awsX86());
    }

    /**
     * @param delayMs a network delay the platform adds before every sync invocation starts
     * @return this platform with that delay on every sync hop; async sends are not delayed
     */
    SimulatedPlatform withSyncNetworkDelay(double delayMs) {
        return new SimulatedPlatform(remoteSyncMs + delayMs, asyncHandOffMs, localCallMs, runtimeMs, coldStartRatio,
                initMs, jvmBaseMb, pressure, jitter, overheadJitter, vcpuMemoryMb, maxVcpus, prices);
    }

    /**
     * @param acceptanceMs how long the platform takes to accept an async event
     * @return this platform with that acceptance time
     */
    SimulatedPlatform withAsyncAcceptance(double acceptanceMs) {
        return new SimulatedPlatform(remoteSyncMs, acceptanceMs, localCallMs, runtimeMs, coldStartRatio, initMs,
                jvmBaseMb, pressure, jitter, overheadJitter, vcpuMemoryMb, maxVcpus, prices);
    }

    double vcpus(int memoryMb) {
        return Math.min((double) memoryMb / vcpuMemoryMb, maxVcpus);
    }
}
