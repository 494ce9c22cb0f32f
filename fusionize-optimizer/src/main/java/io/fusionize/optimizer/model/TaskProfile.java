package io.fusionize.optimizer.model;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the model learned about one task from the invocations where it ran alone in its function
 * and every call it made went remote.
 *
 * <p>A task's own duration at memory {@code m} is {@code waitMs + cpuMs / min(threads, vcpus(m))}:
 * waiting (I/O, sleeps) does not depend on memory, CPU work speeds up with the CPU share that
 * memory buys until the task's threads are all busy. The split is known once the task was measured
 * at two sizes that buy different CPU shares; until then only the measured sizes can be predicted.
 *
 * @param task the task's name
 * @param waitMs time per run that does not depend on the CPU share
 * @param cpuMs CPU work per run, in milliseconds of one full vCPU
 * @param threads the threads the task keeps busy at once; 1 unless measured above one vCPU
 * @param splitKnown whether CPU work and waiting could be told apart
 * @param measuredOwnMs the task's own duration per measured memory size
 * @param memoryNeedMb the largest memory use measured for a function running only this task; 0
 *     when unknown
 * @param concurrentSyncCalls whether its sync calls overlap in time (they are issued together and
 *     awaited together), as the measured durations imply
 * @param calls the calls one run makes
 */
public record TaskProfile(String task, double waitMs, double cpuMs, int threads, boolean splitKnown,
                          SortedMap<Integer, Double> measuredOwnMs, double memoryNeedMb, boolean concurrentSyncCalls,
                          List<CallProfile> calls) {

    /** Checks the parts and freezes the collections. */
    public TaskProfile {
        Objects.requireNonNull(task, "task must not be null");
        measuredOwnMs = Collections.unmodifiableSortedMap(new TreeMap<>(
                Objects.requireNonNull(measuredOwnMs, "measuredOwnMs must not be null")));
        calls = List.copyOf(Objects.requireNonNull(calls, "calls must not be null"));
        if (measuredOwnMs.isEmpty()) {
            throw new IllegalArgumentException("task " + task + " needs at least one measured size");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * @param memoryMb a memory size
     * @return whether the model can predict this task's own duration at that size
     */
    public boolean predictableAt(int memoryMb) {
        return splitKnown || measuredOwnMs.containsKey(memoryMb);
    }

    /**
     * @param memoryMb a memory size
     * @param options the CPU share model
     * @return the task's own duration per run at that size, without the calls it makes
     * @throws IllegalArgumentException when the split is unknown and the size was never measured
     */
    public double ownMs(int memoryMb, ModelOptions options) {
        if (splitKnown) {
            return waitMs + cpuMs * options.cpuSlowdown(memoryMb, threads);
        }
        Double measured = measuredOwnMs.get(memoryMb);
        if (measured == null) {
            throw new IllegalArgumentException("task " + task + " was measured at " + measuredOwnMs.keySet()
                    + " MB only, so its duration at " + memoryMb + " MB cannot be predicted; measure it at a second "
                    + "size first");
        }
        return measured;
    }

    /** @return the CPU work the model may count against a function's CPU share; 0 when unknown */
    public double knownCpuMs() {
        return splitKnown ? cpuMs : 0;
    }

    @Override
    public String toString() {
        String split = splitKnown ? String.format(Locale.ROOT, "wait %.1f ms + cpu %.1f ms on %d thread(s)", waitMs,
                cpuMs, threads) : "own " + measuredOwnMs + " ms (split unknown)";
        return task + ": " + split + (concurrentSyncCalls ? ", concurrent sync calls" : "") + ", calls " + calls;
    }
}
