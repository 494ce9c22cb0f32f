package io.fusionize.examples.work;

import java.util.BitSet;

/** The sieve of Eratosthenes: the CPU-bound check that several evaluation tasks run. */
public final class PrimeSieve {

    /** The bound the evaluation applications sieve up to. */
    public static final int EVALUATION_LIMIT = 500_000;

    private PrimeSieve() {
    }

    /**
     * Counts the primes up to a bound by sieving every number up to it.
     *
     * @param limit the inclusive upper bound; must not be negative
     * @return how many primes lie in {@code [2, limit]}
     */
    public static int countPrimesUpTo(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        BitSet composite = sieve(limit);
        return Math.max(0, limit - 1) - composite.cardinality();
    }

    private static BitSet sieve(int limit) {
        BitSet composite = new BitSet(limit + 1);
        for (int candidate = 2; (long) candidate * candidate <= limit; candidate++) {
            if (!composite.get(candidate)) {
                markMultiples(composite, candidate, limit);
            }
        }
        return composite;
    }

    private static void markMultiples(BitSet composite, int prime, int limit) {
        for (int multiple = prime * prime; multiple <= limit; multiple += prime) {
            composite.set(multiple);
        }
    }
}
