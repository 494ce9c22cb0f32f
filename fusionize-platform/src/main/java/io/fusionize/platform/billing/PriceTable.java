package io.fusionize.platform.billing;

import java.util.Objects;

/**
 * Prices of compute time and requests, and whether the init phase is billed.
 *
 * @param name a label for reports and start-up messages
 * @param usdPerGbSecond price of one GB-second of memory time
 * @param usdPerRequest price of one request
 * @param initBilled whether a cold start's init duration is billed
 */
public record PriceTable(String name, double usdPerGbSecond, double usdPerRequest, boolean initBilled) {

    private static final double MB_PER_GB = 1024.0;
    private static final double MS_PER_SECOND = 1000.0;

    /** @throws IllegalArgumentException if a price is negative */
    public PriceTable {
        Objects.requireNonNull(name, "name must not be null");
        if (usdPerGbSecond < 0 || usdPerRequest < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** @return AWS Lambda x86: $0.0000166667 per GB-s, $0.20 per million requests, init billed */
    public static PriceTable awsX86() {
        return new PriceTable("aws-x86", 0.0000166667, 0.20 / 1_000_000, true);
    }

    /** @return AWS Lambda arm64: $0.0000133334 per GB-s, $0.20 per million requests, init billed */
    public static PriceTable awsArm64() {
        return new PriceTable("aws-arm64", 0.0000133334, 0.20 / 1_000_000, true);
    }

    /**
     * @param durationMs the measured duration
     * @param initDurationMs the init duration, 0 for a warm start
     * @return the billed milliseconds: the duration rounded up, plus the rounded-up init when billed
     */
    public long billedMillis(double durationMs, double initDurationMs) {
        long billed = (long) Math.ceil(Math.max(0, durationMs));
        return initBilled ? billed + (long) Math.ceil(Math.max(0, initDurationMs)) : billed;
    }

    /**
     * @param memoryMb the configured memory size
     * @param billedMillis the billed milliseconds
     * @return the cost of one request that ran that long
     */
    public double cost(int memoryMb, long billedMillis) {
        double gbSeconds = (memoryMb / MB_PER_GB) * (billedMillis / MS_PER_SECOND);
        return gbSeconds * usdPerGbSecond + usdPerRequest;
    }
}
