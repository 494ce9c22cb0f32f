/**
 * Synthetic applications of any size and shape, generated from a spec such as
 * {@code synthetic:tasks=1000,seed=7,async=0.3,cpu=2}: a random call tree of tasks that sieve
 * primes, touch memory, wait and pad their results, each result a deterministic function of its
 * input and its sync callees' results.
 */
package io.fusionize.examples.synthetic;
