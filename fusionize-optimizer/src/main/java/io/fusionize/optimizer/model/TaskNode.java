package io.fusionize.optimizer.model;

import java.util.List;

/**
 * One run of a task inside a compiled function: its own work, then its calls.
 *
 * <ul>
 *   <li>Its sync calls add up, one after the other, or only the longest counts when the task issues
 *       them together.
 *   <li>The slowest acceptance of its remote async sends adds to it: they leave together, and the
 *       invocation ends once all are accepted.
 *   <li>Its longest inline async call adds to it: the function cannot end before that work does,
 *       and the model takes it to start when the caller is done.
 * </ul>
 *
 * @param profile the task
 * @param syncCalls its sync calls, inline or remote
 * @param inlineAsync its inline async calls
 * @param acceptanceWaitMs the time it waits for its remote async sends to be accepted
 */
record TaskNode(TaskProfile profile, List<SyncCall> syncCalls, List<TaskNode> inlineAsync, double acceptanceWaitMs) {

    /**
     * A sync call: inline (a nested run) or remote (overhead plus the callee function's duration).
     *
     * @param callsPerRun calls per run of the caller
     * @param inline the callee's run when inline, otherwise {@code null}
     * @param remoteOverheadMs the overhead per remote call
     * @param calleeIndex the callee function's index when remote, otherwise -1
     */
    record SyncCall(double callsPerRun, TaskNode inline, double remoteOverheadMs, int calleeIndex) {
    }

    /**
     * @param memoryMb the function's memory size
     * @param durationsMs the durations of the functions evaluated so far, by index
     * @param options the CPU share model
     * @return how long one run lasts
     * @throws IllegalArgumentException when the task cannot be predicted at that size
     */
    double spanMs(int memoryMb, double[] durationsMs, ModelOptions options) {
        double sum = 0;
        double longest = 0;
        for (SyncCall call : syncCalls) {
            double each = call.inline() != null ? call.inline().spanMs(memoryMb, durationsMs, options)
                    : call.remoteOverheadMs() + durationsMs[call.calleeIndex()];
            sum += call.callsPerRun() * each;
            longest = Math.max(longest, call.callsPerRun() * each);
        }
        double background = 0;
        for (TaskNode branch : inlineAsync) {
            background = Math.max(background, branch.spanMs(memoryMb, durationsMs, options));
        }
        return profile.ownMs(memoryMb, options) + (profile.concurrentSyncCalls() ? longest : sum) + acceptanceWaitMs
                + background;
    }
}
