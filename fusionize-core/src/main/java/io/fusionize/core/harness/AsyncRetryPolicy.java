package io.fusionize.core.harness;

import io.fusionize.core.retry.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How the harness retries an async invocation that ended in a function error: as Lambda does,
 * a few times with a doubling delay, only faster.
 *
 * @param retries how often a failed invocation is tried again, 0 to 2 as on Lambda
 * @param firstBackoff the delay before the first retry; each further retry waits twice as long
 */
record AsyncRetryPolicy(int retries, Duration firstBackoff) {

    /** The most retries Lambda allows for an async invocation, and its default. */
    static final int MAX_RETRIES = 2;

    /** Checks the parts. */
    AsyncRetryPolicy {
        Objects.requireNonNull(firstBackoff, "firstBackoff must not be null");
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("async retries must be between 0 and " + MAX_RETRIES + ", not " + retries);
        }
        if (firstBackoff.isNegative()) {
            throw new IllegalArgumentException("async retry backoff must not be negative, not " + firstBackoff);
        }
    }

    /**
     * @param retry the retry's number, counted from 1
     * @return how long to wait before it
     */
    Duration backoffBefore(int retry) {
        // No jitter: the harness runs one caller, and its tests rely on the exact delays.
        return Backoff.doubling(firstBackoff).withoutJitter().delayBefore(retry);
    }
}
