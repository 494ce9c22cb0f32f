package io.fusionize.api;

import java.util.Random;

/**
 * Where the requests that load an application come from: the tools draw request number {@code n}
 * of a round from a {@link Random} seeded for {@code n}, so every round and every compared setup
 * sees the same sequence.
 *
 * <p>An implementation must be thread-safe and must derive its choice from the given random
 * only, never from a clock or a static counter.
 *
 * @see RequestMix for a weighted mix of entries and payloads
 */
@FunctionalInterface
public interface RequestSource {

    /**
     * @param random seeded for this request; the only source of variation
     * @return the next request
     */
    Request next(Random random);
}
