package io.fusionize.deploy.load;

import io.fusionize.api.Application;
import io.fusionize.api.Request;
import io.fusionize.api.RequestSource;
import java.util.Objects;
import java.util.Random;

/**
 * The requests a load sends: request number {@code n} is drawn from the source with a
 * {@link Random} derived from the seed and {@code n} alone, so that whoever sends request number
 * {@code n} sends the same request. A load restarts its numbering at 0 for every round and every
 * measured setup, and every one of them therefore sees the same sequence.
 *
 * @param source draws each request from its random
 * @param origin where the source came from, and the seed
 */
public record LoadRequests(RequestSource source, RequestOrigin origin) {

    /** The seed loads draw with unless told otherwise. */
    public static final long DEFAULT_SEED = 42;

    /** Weyl increment of SplitMix64: spreads seeds apart before the request number is added. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /** Checks the parts. */
    public LoadRequests {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
    }

    /**
     * @param application the application under load
     * @param seed the seed
     * @return the application's own requests, or its default ones
     */
    public static LoadRequests of(Application application, long seed) {
        return new LoadRequests(application.requests(), RequestOrigin.application(application.hasOwnRequests(), seed));
    }

    /**
     * @param number the request's number in its round or measured load, from 0
     * @return the request of that number
     * @throws IllegalStateException when the source draws no request
     */
    public Request draw(long number) {
        Request request = source.next(randomFor(origin.seed(), number));
        if (request == null) {
            throw new IllegalStateException("the request source drew no request for number " + number);
        }
        return request;
    }

    /**
     * @param seed the load's seed
     * @param number a request's number
     * @return the random that request is drawn from; the same for the same seed and number
     */
    public static Random randomFor(long seed, long number) {
        // Neighbouring seeds of java.util.Random start almost alike: mix first, so request n and n + 1 differ.
        return new Random(mix(seed * GOLDEN_GAMMA + number));
    }

    /** SplitMix64's finalizer: every input bit affects every output bit. */
    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
