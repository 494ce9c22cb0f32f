package io.fusionize.core.runtime;

/** Runs a task in-process within an invocation. */
@FunctionalInterface
interface LocalTaskExecutor {

    /**
     * @param invocation the invocation the task runs in
     * @param task the task's name
     * @param inputJson its input, serialized
     * @param sameThreadCaller the caller when the task runs on the caller's thread, else {@code null}
     * @param depth the task's hops from its request's root task
     * @return the task's result, serialized
     * @throws Exception whatever the task threw
     */
    byte[] execute(Invocation invocation, String task, byte[] inputJson, RuntimeTaskContext sameThreadCaller,
            int depth) throws Exception;
}
