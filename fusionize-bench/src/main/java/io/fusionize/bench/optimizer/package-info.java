/**
 * How long one optimizer decision takes on synthetic applications of growing size, from a history
 * measured on a made-up platform: a JMH benchmark for small sizes, and a bounded measurement that
 * reports a decision that does not finish in time.
 */
package io.fusionize.bench.optimizer;
