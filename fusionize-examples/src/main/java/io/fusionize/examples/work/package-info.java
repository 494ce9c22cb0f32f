/**
 * The synthetic work the evaluation applications do: sieving primes, CPU-bound worker threads and
 * fixed pauses.
 */
package io.fusionize.examples.work;
