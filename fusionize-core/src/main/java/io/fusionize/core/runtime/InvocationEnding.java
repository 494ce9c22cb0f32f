package io.fusionize.core.runtime;

import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.TaskError;
import io.fusionize.protocol.lambda.LambdaErrors;

/**
 * How an invocation ended: with its entry task's result, with its entry task's failure, or out
 * of time.
 *
 * @param resultJson the entry task's result, serialized; {@code null} unless it succeeded
 * @param error the entry task's failure or the timeout; {@code null} when it succeeded
 * @param timedOut whether the deadline passed before the invocation, inline work included, was done
 */
record InvocationEnding(byte[] resultJson, TaskError error, boolean timedOut) {

    static InvocationEnding success(byte[] resultJson) {
        return new InvocationEnding(resultJson, null, false);
    }

    static InvocationEnding failure(TaskError error) {
        return new InvocationEnding(null, error, false);
    }

    static InvocationEnding timeout(String task, InvocationDeadline deadline) {
        return new InvocationEnding(null, new TaskError(task, LambdaErrors.TIMEOUT,
                deadline.timeoutMessage()), true);
    }

    /**
     * @param async whether the invocation served an async event
     * @return the response bytes: {@code {"result": …}}, or {@code {"error": …}} for a sync event
     *     whose task failed
     * @throws InvocationFailedException when the invocation timed out, or served an async event
     *     whose task failed: both are function errors, as on Lambda
     */
    byte[] response(boolean async) {
        if (timedOut || (error != null && async)) {
            throw new InvocationFailedException(error.errorType(), error.errorMessage());
        }
        return error == null ? WireCodec.encodeResult(resultJson) : WireCodec.encodeError(error);
    }
}
