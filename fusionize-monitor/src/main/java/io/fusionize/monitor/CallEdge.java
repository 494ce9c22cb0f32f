package io.fusionize.monitor;

/**
 * One edge of the observed call graph: calls from a caller task to a callee, made inside one
 * function, with counts split by kind (sync or async) and routing (local or remote).
 *
 * @param function the entry task of the function the caller ran in
 * @param callerTask the task that made the calls
 * @param callee the called task
 * @param syncLocal sync calls that ran in-process
 * @param syncRemote sync calls that became remote invocations
 * @param asyncLocal async calls that ran in-process
 * @param asyncRemote async calls that became remote invocations
 * @param bytesIn total size of the callee inputs
 * @param bytesOut total size of the callee results
 * @param meanDurationMs mean call duration as the caller saw it
 * @param failures calls that ended in an error
 */
public record CallEdge(String function, String callerTask, String callee, long syncLocal, long syncRemote,
                       long asyncLocal, long asyncRemote, long bytesIn, long bytesOut, double meanDurationMs,
                       long failures) {

    /** @return all sync calls on this edge */
    public long syncCalls() {
        return syncLocal + syncRemote;
    }

    /** @return all async calls on this edge */
    public long asyncCalls() {
        return asyncLocal + asyncRemote;
    }

    /** @return all calls that ran in-process */
    public long localCalls() {
        return syncLocal + asyncLocal;
    }

    /** @return all calls that became remote invocations */
    public long remoteCalls() {
        return syncRemote + asyncRemote;
    }

    /** @return every call on this edge */
    public long calls() {
        return syncCalls() + asyncCalls();
    }
}
