package io.fusionize.examples.synthetic;

import io.fusionize.examples.work.PrimeSieve;
import java.util.concurrent.TimeUnit;

/**
 * The work of a synthetic task, each part deterministic: sieving primes for CPU, touching memory,
 * waiting, and padding the result.
 */
final class SyntheticWork {

    /**
     * How many sieves of {@link #SIEVE_LIMIT} make a millisecond of CPU work: a nominal figure,
     * measured on a 2-core development machine; other CPUs run faster or slower.
     */
    static final int SIEVES_PER_MS = 40;
    /** Each sieve's bound: small enough that its bit set stays in the first-level cache. */
    static final int SIEVE_LIMIT = 10_000;

    private static final int PAGE_BYTES = 4096;
    private static final int BYTES_PER_MB = 1 << 20;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SyntheticWork() {
    }

    /**
     * @param value a value
     * @param salt what to mix into it
     * @return a well-mixed function of both (SplitMix64's finalizer)
     */
    static long mix(long value, long salt) {
        long z = value + GOLDEN * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param cpuMs nominal CPU work, in ms
     * @return how many sieves make it
     */
    static int sieves(double cpuMs) {
        return (int) Math.round(cpuMs * SIEVES_PER_MS);
    }

    /**
     * Sieves primes, each bound varied by the value so that no sieve repeats another's result.
     *
     * @param value the value to fold the prime counts into
     * @param sieves how many sieves to run
     * @return the value with every count folded in
     */
    static long cpu(long value, int sieves) {
        long folded = value;
        for (int round = 0; round < sieves; round++) {
            folded = mix(folded, PrimeSieve.countPrimesUpTo(SIEVE_LIMIT + (int) ((folded >>> 1) % 64)));
        }
        return folded;
    }

    /**
     * @param memoryMb how much memory to touch
     * @param value what to write into it
     * @return that many megabytes, with one byte written on every page
     */
    static byte[][] touch(int memoryMb, long value) {
        byte[][] megabytes = new byte[memoryMb][BYTES_PER_MB];
        for (int mb = 0; mb < memoryMb; mb++) {
            for (int offset = 0; offset < BYTES_PER_MB; offset += PAGE_BYTES) {
                megabytes[mb][offset] = (byte) (value + mb + offset / PAGE_BYTES);
            }
        }
        return megabytes;
    }

    /**
     * @param megabytes memory from {@link #touch}
     * @return the sum of the bytes written into it, read back page by page
     */
    static long checksum(byte[][] megabytes) {
        long sum = 0;
        for (byte[] megabyte : megabytes) {
            for (int offset = 0; offset < BYTES_PER_MB; offset += PAGE_BYTES) {
                sum += megabyte[offset];
            }
        }
        return sum;
    }

    /**
     * @param waitMs how long to wait, as for I/O
     * @throws InterruptedException when interrupted while waiting
     */
    static void pause(long waitMs) throws InterruptedException {
        if (waitMs > 0) {
            TimeUnit.MILLISECONDS.sleep(waitMs);
        }
    }

    /**
     * @param value a value
     * @param length how many characters
     * @return letters derived from the value, that many
     */
    static String padding(long value, int length) {
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('a' + Math.floorMod(value + i, 26));
        }
        return new String(letters);
    }
}
