package io.fusionize.api;

import java.util.concurrent.CompletableFuture;

/**
 * What a running task may ask of the framework: calls to other tasks, and facts about the
 * invocation it runs in.
 *
 * <p>Whether a call runs in-process or as a new function invocation is decided by the deployed
 * setup, never by the task. Both behave the same: the callee gets its own copy of the input, and
 * its failure reaches a sync caller as a {@link TaskFailedException}.
 */
public interface TaskContext {

    /**
     * Calls a task synchronously and waits for its result.
     *
     * @param task the callee's name; it must be declared as a sync callee of the calling task
     * @param input the callee's input, serialized to JSON
     * @param resultType the type to bind the callee's result to
     * @param <R> the result type
     * @return the callee's result
     * @throws TaskFailedException when the callee fails, times out, or cannot be reached
     */
    <R> R call(String task, Object input, Class<R> resultType);

    /**
     * Starts a synchronous call without waiting, so that a task can await several callees at once.
     *
     * @param task the callee's name; it must be declared as a sync callee of the calling task
     * @param input the callee's input, serialized to JSON
     * @param resultType the type to bind the callee's result to
     * @param <R> the result type
     * @return a future that completes with the result, or exceptionally with a
     *     {@link TaskFailedException}
     */
    <R> CompletableFuture<R> callConcurrently(String task, Object input, Class<R> resultType);

    /**
     * Calls a task asynchronously: fire-and-forget, delivered at least once.
     *
     * <p>The caller never sees the result or the failure. Work sent to a callee that runs inline
     * still finishes before the invocation completes.
     *
     * @param task the callee's name; it must be declared as an async callee of the calling task
     * @param input the callee's input, serialized to JSON
     */
    void send(String task, Object input);

    /** @return the trace id shared by every invocation of one root request */
    String traceId();

    /** @return the id of the platform invocation this task runs in */
    String invocationId();

    /** @return the name of the task being run */
    String taskName();

    /** @return milliseconds left before the enclosing invocation times out */
    long remainingTimeMillis();

    /** @return the memory size, in MB, of the function this task runs in */
    int memoryMb();

    /** @return a logger whose lines are tagged with the task and trace id */
    System.Logger logger();
}
