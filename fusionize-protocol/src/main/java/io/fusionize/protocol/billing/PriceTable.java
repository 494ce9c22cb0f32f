package io.fusionize.protocol.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Prices of compute time and requests, and how a duration is billed. The one price table of the
 * project: the platform bills with it, the optimizer forecasts with it, reports quote it.
 *
 * <p>Billing follows AWS Lambda: on a cold start the init duration is billed with the handler's
 * duration, and their sum is rounded up to the next millisecond.
 *
 * @param name a label for reports and start-up messages, e.g. {@code aws-x86}
 * @param usdPerGbSecond price of one GB-second of memory time
 * @param usdPerRequest price of one request
 * @param initBilled whether a cold start's init duration is billed
 */
public record PriceTable(String name, double usdPerGbSecond, double usdPerRequest, boolean initBilled) {

    /** AWS Lambda's fee per request: $0.20 per million. */
    public static final double AWS_USD_PER_REQUEST = 0.20 / 1_000_000;

    private static final double MB_PER_GB = 1024.0;
    private static final double MS_PER_SECOND = 1000.0;

    /** Checks the name and that prices are not negative. */
    public PriceTable {
        Objects.requireNonNull(name, "name must not be null");
        if (!(usdPerGbSecond >= 0) || !(usdPerRequest >= 0)) {
            throw new IllegalArgumentException("prices must not be negative, were " + usdPerGbSecond + " per GB-s and "
                    + usdPerRequest + " per request");
        }
    }

    /**
     * @param architecture an instruction set
     * @return AWS Lambda's prices for it, init billed
     */
    public static PriceTable aws(Architecture architecture) {
        return new PriceTable(architecture.priceLabel(), architecture.usdPerGbSecond(), AWS_USD_PER_REQUEST, true);
    }

    /** @return AWS Lambda x86_64: $0.0000166667 per GB-s, $0.20 per million requests, init billed */
    public static PriceTable awsX86() {
        return aws(Architecture.X86_64);
    }

    /** @return AWS Lambda arm64: $0.0000133334 per GB-s, $0.20 per million requests, init billed */
    public static PriceTable awsArm64() {
        return aws(Architecture.ARM64);
    }

    /** @return the fee per million requests */
    public double usdPerMillionRequests() {
        return usdPerRequest * 1_000_000;
    }

    /**
     * @param durationMs the handler's measured duration
     * @param initDurationMs the init duration, 0 for a warm start
     * @return the billed milliseconds: the duration plus the init duration when billed, rounded up
     */
    public long billedMillis(double durationMs, double initDurationMs) {
        double billable = Math.max(0, durationMs) + (initBilled ? Math.max(0, initDurationMs) : 0);
        return (long) Math.ceil(billable);
    }

    /**
     * @param memoryMb the configured memory size
     * @param billedMillis the billed milliseconds
     * @return the cost of one request that was billed that long
     */
    public double cost(int memoryMb, long billedMillis) {
        return gbSecondCost(memoryMb, billedMillis) + usdPerRequest;
    }

    /**
     * The cost of a forecast, unrounded duration, as a model needs it.
     *
     * @param memoryMb the configured memory size
     * @param billedMs a billed duration, possibly fractional
     * @return the cost of one request billed that long
     */
    public double costPerInvocation(double billedMs, int memoryMb) {
        return gbSecondCost(memoryMb, billedMs) + usdPerRequest;
    }

    /** @return a one-line description for reports */
    public String describe() {
        return name + ": $" + plain(usdPerGbSecond) + " per GB-s + $" + plain(usdPerMillionRequests())
                + " per 1M requests" + (initBilled ? ", init billed" : "");
    }

    private double gbSecondCost(int memoryMb, double billedMs) {
        return (memoryMb / MB_PER_GB) * (billedMs / MS_PER_SECOND) * usdPerGbSecond;
    }

    private static String plain(double usd) {
        // Plain notation: prices like 1.66667E-5 would be unreadable.
        return BigDecimal.valueOf(usd).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }
}
