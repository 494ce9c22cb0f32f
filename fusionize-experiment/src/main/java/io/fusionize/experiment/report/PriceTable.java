package io.fusionize.experiment.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The prices a run's costs were computed with.
 *
 * @param name a short name, e.g. {@code aws-x86}
 * @param usdPerGbSecond the price of one GB-second of function time
 * @param usdPerMillionRequests the price of one million invocations
 */
public record PriceTable(String name, double usdPerGbSecond, double usdPerMillionRequests) {

    /** Checks the name and that prices are not negative. */
    public PriceTable {
        Objects.requireNonNull(name, "name must not be null");
        if (!(usdPerGbSecond >= 0) || !(usdPerMillionRequests >= 0)) {
            throw new IllegalArgumentException("prices must not be negative, were " + usdPerGbSecond + " and "
                    + usdPerMillionRequests);
        }
    }

    /** @return AWS Lambda's x86 prices: $0.0000166667 per GB-s and $0.20 per million requests */
    public static PriceTable awsX86() {
        return new PriceTable("aws-x86", 0.0000166667, 0.20);
    }

    /** @return a one-line description for reports */
    public String describe() {
        return name + ": $" + plain(usdPerGbSecond) + " per GB-s + $" + plain(usdPerMillionRequests) + " per 1M requests";
    }

    private static String plain(double usd) {
        // Plain notation: prices like 1.66667E-5 would be unreadable.
        return BigDecimal.valueOf(usd).stripTrailingZeros().toPlainString();
    }
}
