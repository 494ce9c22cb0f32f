package io.fusionize.optimizer.model;

import java.util.List;

/**
 * One function measured while it ran only its entry task and every call went remote: the
 * function's duration minus its waits for calls is the task's own duration at that memory size.
 *
 * @param task the task
 * @param memoryMb the function's memory size
 * @param runs invocations measured
 * @param ownMs mean own duration per run
 * @param concurrentSyncCalls whether the sync calls must have overlapped to fit the duration
 * @param calls the calls per run, as observed
 * @param maxMemoryUsedMb the largest memory use reported; 0 when unknown
 */
record SoloObservation(String task, int memoryMb, long runs, double ownMs, boolean concurrentSyncCalls,
                       List<ObservedCall> calls, double maxMemoryUsedMb) {

    /**
     * One kind of call a solo task made.
     *
     * @param callee the called task
     * @param sync whether most calls on the edge were sync
     * @param callsPerRun calls per run of the caller
     */
    record ObservedCall(String callee, boolean sync, double callsPerRun) {
    }
}
