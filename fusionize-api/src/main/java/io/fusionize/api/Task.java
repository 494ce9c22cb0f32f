package io.fusionize.api;

/**
 * The developer's unit of code: one method that turns a JSON-bound input into a JSON-bound result.
 *
 * <p>The input type {@code I} is bound by Jackson from the request payload. It may be a record, a
 * POJO, or {@code com.fasterxml.jackson.databind.JsonNode} for a raw JSON tree. The result is
 * serialized the same way; {@code Void} (returning {@code null}) means "no result".
 *
 * <p>A task must not keep state between invocations that its results depend on: the framework may
 * run it in any function, in any process, any number of times.
 *
 * @param <I> the input type
 * @param <O> the result type
 */
@FunctionalInterface
public interface Task<I, O> {

    /**
     * Runs the task once.
     *
     * @param input the input, already bound from JSON; never shared with the caller
     * @param context calls to other tasks, invocation metadata and a logger
     * @return the result, serialized to JSON for the caller
     * @throws Exception any failure; a sync caller receives it as a {@link TaskFailedException}
     */
    O run(I input, TaskContext context) throws Exception;
}
