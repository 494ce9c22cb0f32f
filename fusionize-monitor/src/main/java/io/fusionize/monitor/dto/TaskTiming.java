package io.fusionize.monitor.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Time one task spent in an invocation.
 *
 * @param task the task's name
 * @param wallMicros wall-clock time spent in the task
 * @param cpuMicros CPU time spent in the task
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskTiming(String task, long wallMicros, long cpuMicros) {
}
