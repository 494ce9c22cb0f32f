package io.fusionize.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Emulated network latency added to each synchronous invocation, so that local measurements can
 * model a cloud region. Off unless asked for.
 */
public sealed interface NetworkOverhead {

    /**
     * @param random the random source
     * @return the delay to add to one invocation, never negative
     */
    Duration sample(RandomGenerator random);

    /** @return a short description for start-up messages, e.g. {@code normal(20ms, 5ms)} */
    String describe();

    /** @return whether this adds any delay at all */
    default boolean isActive() {
        return true;
    }

    /** @return no overhead */
    static NetworkOverhead none() {
        return None.INSTANCE;
    }

    /**
     * @param delay the delay added to every invocation
     * @return a fixed overhead
     */
    static NetworkOverhead fixed(Duration delay) {
        return new Fixed(requireNonNegative(delay));
    }

    /**
     * @param min the smallest delay
     * @param max the largest delay
     * @return a delay drawn uniformly from {@code [min, max]}
     */
    static NetworkOverhead uniform(Duration min, Duration max) {
        if (requireNonNegative(max).compareTo(requireNonNegative(min)) < 0) {
            throw new IllegalArgumentException("max must not be below min");
        }
        return new Uniform(min, max);
    }

    /**
     * @param mean the mean delay
     * @param standardDeviation the standard deviation; draws below 0 count as 0
     * @return a normally distributed delay
     */
    static NetworkOverhead normal(Duration mean, Duration standardDeviation) {
        return new Normal(requireNonNegative(mean), requireNonNegative(standardDeviation));
    }

    /**
     * Parses {@code none}, {@code fixed:MS}, {@code uniform:MIN_MS:MAX_MS} or
     * {@code normal:MEAN_MS:SD_MS}; milliseconds may have decimals.
     *
     * @param spec the specification
     * @return the overhead
     * @throws IllegalArgumentException if the specification is malformed
     */
    static NetworkOverhead parse(String spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split(":");
        try {
            return switch (parts[0]) {
                case "none", "off", "" -> expectParts(parts, 1, none());
                case "fixed" -> expectParts(parts, 2, fixed(millis(parts, 1)));
                case "uniform" -> expectParts(parts, 3, uniform(millis(parts, 1), millis(parts, 2)));
                case "normal" -> expectParts(parts, 3, normal(millis(parts, 1), millis(parts, 2)));
                default -> throw new IllegalArgumentException("unknown kind '" + parts[0] + "'");
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("network overhead '" + spec + "' is not one of none, fixed:MS,"
                    + " uniform:MIN_MS:MAX_MS, normal:MEAN_MS:SD_MS (" + e.getMessage() + ")", e);
        }
    }

    private static NetworkOverhead expectParts(String[] parts, int count, NetworkOverhead overhead) {
        if (parts.length != count) {
            throw new IllegalArgumentException("expected " + (count - 1) + " number(s)");
        }
        return overhead;
    }

    private static Duration millis(String[] parts, int index) {
        double millis = Double.parseDouble(parts[index]);
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    private static Duration requireNonNegative(Duration duration) {
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        return duration;
    }

    private static String ms(Duration duration) {
        return String.format(Locale.ROOT, "%.1fms", duration.toNanos() / 1e6);
    }

    /** No overhead. */
    enum None implements NetworkOverhead {
        /** The only instance. */
        INSTANCE;

        @Override
        public Duration sample(RandomGenerator random) {
            return Duration.ZERO;
        }

        @Override
        public String describe() {
            return "none";
        }

        @Override
        public boolean isActive() {
            return false;
        }
    }

    /**
     * The same delay every time.
     *
     * @param delay the delay
     */
    record Fixed(Duration delay) implements NetworkOverhead {
        @Override
        public Duration sample(RandomGenerator random) {
            return delay;
        }

        @Override
        public String describe() {
            return "fixed(" + ms(delay) + ")";
        }
    }

    /**
     * A uniform delay.
     *
     * @param min the smallest delay
     * @param max the largest delay
     */
    record Uniform(Duration min, Duration max) implements NetworkOverhead {
        @Override
        public Duration sample(RandomGenerator random) {
            long span = max.toNanos() - min.toNanos();
            return min.plusNanos(span == 0 ? 0 : random.nextLong(span + 1));
        }

        @Override
        public String describe() {
            return "uniform(" + ms(min) + ", " + ms(max) + ")";
        }
    }

    /**
     * A normal delay, cut at zero.
     *
     * @param mean the mean
     * @param standardDeviation the standard deviation
     */
    record Normal(Duration mean, Duration standardDeviation) implements NetworkOverhead {
        @Override
        public Duration sample(RandomGenerator random) {
            double nanos = mean.toNanos() + random.nextGaussian() * standardDeviation.toNanos();
            return Duration.ofNanos(Math.max(0, Math.round(nanos)));
        }

        @Override
        public String describe() {
            return "normal(" + ms(mean) + ", " + ms(standardDeviation) + ")";
        }
    }
}
