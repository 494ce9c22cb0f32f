package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.Objects;

/**
 * A stretch of time over which the arrival rate changes linearly from one value to another.
 *
 * @param length how long the stretch lasts; positive
 * @param startRate the rate at its start, in requests per second; not negative
 * @param endRate the rate at its end, in requests per second; not negative
 */
public record RateSegment(Duration length, double startRate, double endRate) {

    /** Checks the length and rates. */
    public RateSegment {
        Objects.requireNonNull(length, "length must not be null");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("length must be positive, was " + length);
        }
        checkRate("startRate", startRate);
        checkRate("endRate", endRate);
    }

    private static void checkRate(String name, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(name + " must be a finite rate of at least 0, was " + rate);
        }
    }

    /**
     * @param length how long the stretch lasts
     * @param rate the rate throughout, in requests per second
     * @return a stretch of constant rate
     */
    public static RateSegment constant(Duration length, double rate) {
        return new RateSegment(length, rate, rate);
    }

    /** @return the length in seconds */
    public double seconds() {
        return length.toNanos() / 1e9;
    }

    /** @return the expected number of arrivals over the whole stretch */
    public double arrivals() {
        return (startRate + endRate) / 2 * seconds();
    }

    /**
     * Inverts the cumulative arrival curve.
     *
     * @param arrivals an arrival count between 0 and {@link #arrivals()}
     * @return the time in seconds after the stretch's start at which that many have arrived
     */
    public double secondsUntil(double arrivals) {
        double slopeHalf = (endRate - startRate) / (2 * seconds());
        double discriminant = Math.max(0, startRate * startRate + 4 * slopeHalf * arrivals);
        double denominator = startRate + Math.sqrt(discriminant);
        // This form of the quadratic root stays exact for a flat rate and for a ramp from zero.
        return denominator == 0 ? 0 : 2 * arrivals / denominator;
    }

    /**
     * @param factor the multiplier; positive
     * @return this stretch with both rates multiplied
     */
    public RateSegment scaled(double factor) {
        return new RateSegment(length, startRate * factor, endRate * factor);
    }
}
