package io.fusionize.optimizer.model;

import java.util.List;

/**
 * One task of the ground truth: its hidden CPU work, threads, waiting and memory, and its calls in
 * the order it makes them, after its own work.
 *
 * @param name the task's name
 * @param cpuMs CPU work per run on one full vCPU
 * @param threads threads it keeps busy at once
 * @param waitMs waiting per run (I/O, sleeps)
 * @param workingSetMb memory it needs beyond the instance's base
 * @param concurrentSync whether it issues its sync calls together and awaits them together
 * @param calls its calls, in order
 */
record SimulatedTask(String name, double cpuMs, int threads, double waitMs, int workingSetMb,
                     boolean concurrentSync, List<Call> calls) {

    /**
     * One call.
     *
     * @param callee the called task
     * @param sync whether the caller waits
     */
    record Call(String callee, boolean sync) {
    }

    static Call sync(String callee) {
        return new Call(callee, true);
    }

    static Call async(String callee) {
        return new Call(callee, false);
    }
}
