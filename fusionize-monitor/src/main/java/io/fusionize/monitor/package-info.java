/**
 * The monitor: {@link io.fusionize.monitor.TraceStore} ingests invocation records, platform
 * reports and gateway latencies, stores them durably, and answers
 * {@link io.fusionize.monitor.SetupStatistics} per setup version.
 */
package io.fusionize.monitor;
