/** JMH benchmarks of the fusion runtime's overhead; {@code io.fusionize.bench.optimizer} times optimizer decisions. */
package io.fusionize.bench;
