package io.fusionize.deploy.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Formats numbers and durations compactly for descriptions. */
final class Numbers {

    private Numbers() {
    }

    /** Formats with at most three decimals and no trailing zeros, e.g. 5, 2.5, 0.152. */
    static String compact(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Formats a duration in seconds, e.g. "2 s" or "0.5 s". */
    static String seconds(Duration duration) {
        return compact(duration.toNanos() / 1e9) + " s";
    }
}
