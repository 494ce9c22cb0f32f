/** JMH benchmarks of the fusion runtime's overhead. */
package io.fusionize.bench;
