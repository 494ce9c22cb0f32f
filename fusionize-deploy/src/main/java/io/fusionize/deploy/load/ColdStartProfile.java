package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.Objects;

/**
 * Requests spaced so far apart that each one meets a cold platform.
 *
 * <p>The caller chooses the spacing; it must exceed the platform's keep-alive for every request
 * to be cold. The first request goes out at the start.
 */
public final class ColdStartProfile implements LoadProfile {

    private final int count;
    private final Duration spacing;

    /**
     * @param count how many requests; positive
     * @param spacing the time between two sends; positive
     */
    public ColdStartProfile(int count, Duration spacing) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        Objects.requireNonNull(spacing, "spacing must not be null");
        if (spacing.isNegative() || spacing.isZero()) {
            throw new IllegalArgumentException("spacing must be positive, was " + spacing);
        }
        this.count = count;
        this.spacing = spacing;
    }

    /** @return how many requests are sent */
    public int count() {
        return count;
    }

    /** @return the time between two sends */
    public Duration spacing() {
        return spacing;
    }

    @Override
    public String description() {
        return "coldstart " + count + " requests, one every " + Numbers.seconds(spacing);
    }

    @Override
    public Schedule schedule() {
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = Math.multiplyExact(i, spacing.toNanos());
        }
        return new Schedule(description(), offsets);
    }
}
