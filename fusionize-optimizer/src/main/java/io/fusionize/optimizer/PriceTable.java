package io.fusionize.optimizer;

/**
 * Lambda-style prices: memory-time plus a fee per request.
 *
 * @param usdPerGbSecond the price of one GB-second
 * @param usdPerRequest the fee per invocation
 */
public record PriceTable(double usdPerGbSecond, double usdPerRequest) {

    private static final double MB_PER_GB = 1024.0;
    private static final double MS_PER_SECOND = 1000.0;

    /** Checks that prices are not negative. */
    public PriceTable {
        if (usdPerGbSecond < 0 || usdPerRequest < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** @return AWS Lambda's x86 prices: $0.0000166667 per GB-s and $0.20 per million requests */
    public static PriceTable awsX86() {
        return new PriceTable(0.0000166667, 0.20 / 1_000_000);
    }

    /**
     * @param billedMs a billed duration
     * @param memoryMb a memory size
     * @return what one invocation of that duration and size costs
     */
    public double costPerInvocation(double billedMs, int memoryMb) {
        return billedMs / MS_PER_SECOND * memoryMb / MB_PER_GB * usdPerGbSecond + usdPerRequest;
    }
}
