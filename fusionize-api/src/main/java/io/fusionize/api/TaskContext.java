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
     * <p>The call never outlives the invocation's deadline: once {@link #remainingTimeMillis()}
     * reaches zero, the caller gets a {@link TaskFailedException} of type
     * {@code Sandbox.Timedout} (Lambda's message: "Task timed out after N.NN seconds"), the same
     * error a remote callee's timeout gives, and the invocation ends as a timeout whatever the
     * caller does next. An in-process callee that is waiting is interrupted then; one that burns
     * CPU runs on, but its result is lost. A platform that stops the instance at its deadline, as
     * Lambda does, ends the invocation first, with the same error.
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
     *     {@link TaskFailedException}; at the invocation's deadline at the latest, as with
     *     {@link #call}
     */
    <R> CompletableFuture<R> callConcurrently(String task, Object input, Class<R> resultType);

    /**
     * Calls a task asynchronously: fire-and-forget, delivered at least once.
     *
     * <p>The caller never sees the callee's result or failure. A callee that fails is run again,
     * up to two more times, as Lambda retries a failed asynchronous invocation; a callee may
     * therefore run more than once, and one that must not act twice has to be idempotent. Work
     * sent to a callee that runs inline still finishes before the invocation completes, and its
     * retries follow at once; it cannot keep the invocation past its deadline.
     *
     * <p>When the callee runs in another function, this method returns at once: the event is
     * handed to the platform in the background, concurrently with the task's further work and
     * with its other events, and the invocation completes only once the platform has accepted
     * every event. If the platform refuses one (throttling that outlasts the client's retries, an
     * unknown function, an event that is too large), the event is not lost silently: the
     * invocation ends with the platform's error, e.g. {@code TooManyRequestsException}, so that
     * its caller sees it, or, when the invocation itself served an async event, the platform
     * retries it.
     *
     * @param task the callee's name; it must be declared as an async callee of the calling task
     * @param input the callee's input, serialized to JSON
     * @throws TaskFailedException a timeout, when the invocation's deadline passes while more
     *     events than a function may have on their way at once are still waiting
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
