package io.fusionize.protocol.fusion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One execution of a task within an invocation.
 *
 * @param task the task's name
 * @param wallMicros its run time in microseconds, waits for its callees included
 * @param cpuMicros CPU time of the thread that ran it, in microseconds, without the CPU time of
 *     inline callees that ran on the same thread; threads the task starts itself are not counted
 *     (the invocation's own CPU time counts them). A start or end less than 10 µs after the
 *     thread clock was last read is interpolated with the wall time, since reading the clock costs
 *     a large part of a short inline call; each end is therefore high by at most 10 µs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"task", "wallMicros", "cpuMicros"})
public record TaskTiming(String task, long wallMicros, long cpuMicros) {

    /** Checks the parts. */
    public TaskTiming {
        Objects.requireNonNull(task, "task must not be null");
    }
}
