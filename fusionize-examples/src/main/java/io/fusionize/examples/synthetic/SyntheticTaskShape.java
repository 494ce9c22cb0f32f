package io.fusionize.examples.synthetic;

import java.util.List;
import java.util.Objects;

/**
 * What one synthetic task does, as generated: its calls, in the order it makes them, and its
 * work.
 *
 * @param name the task's name, {@code t0}, {@code t1}, …
 * @param index its position in the application, from 0
 * @param depth the call hops from its entry task to it; 0 for an entry task
 * @param cpuMs its nominal CPU work, in ms
 * @param waitMs how long it waits, in ms, as for I/O
 * @param memoryMb the memory it touches, in MB
 * @param payloadBytes the size of its result's padding, in bytes
 * @param calls its calls, in order
 */
public record SyntheticTaskShape(String name, int index, int depth, double cpuMs, long waitMs, int memoryMb,
                                 int payloadBytes, List<SyntheticCall> calls) {

    /** Checks the parts and freezes the calls. */
    public SyntheticTaskShape {
        Objects.requireNonNull(name, "name must not be null");
        calls = List.copyOf(Objects.requireNonNull(calls, "calls must not be null"));
    }

    /**
     * @param index a task's position, from 0
     * @return its name, {@code t} and the position
     */
    public static String nameOf(int index) {
        return "t" + index;
    }
}
