package io.fusionize.platform.internal.resources;

import io.fusionize.protocol.lambda.LambdaLimits;

/** CPU as Lambda allots it: proportional to memory, 1,769 MB buying one vCPU. */
public final class CpuShare {

    /** The CFS period used for every quota, in microseconds. */
    public static final long PERIOD_MICROS = 100_000;

    private static final long MIN_QUOTA_MICROS = 1_000;
    private static final int MIN_REPORTED_PROCESSORS = 2;
    private static final int MAX_REPORTED_PROCESSORS = 6;

    private CpuShare() {
    }

    /**
     * @param memoryMb a memory size
     * @return the vCPUs it buys, e.g. 0.5 for 885 MB
     */
    public static double vcpus(int memoryMb) {
        return LambdaLimits.vcpuShare(memoryMb);
    }

    /**
     * @param memoryMb a memory size
     * @return the CFS quota per {@link #PERIOD_MICROS}, at least 1 ms
     */
    public static long quotaMicros(int memoryMb) {
        return Math.max(MIN_QUOTA_MICROS, Math.round(vcpus(memoryMb) * PERIOD_MICROS));
    }

    /**
     * @param memoryMb a memory size
     * @return the processor count a function sees, as Lambda reports it: 2 up to 3,008 MB, at most 6
     */
    public static int reportedProcessors(int memoryMb) {
        int needed = (int) Math.ceil(vcpus(memoryMb));
        return Math.max(MIN_REPORTED_PROCESSORS, Math.min(MAX_REPORTED_PROCESSORS, needed));
    }
}
