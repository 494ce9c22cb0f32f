package io.fusionize.core.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.protocol.fusion.TaskError;

/**
 * A decoded invocation response: a result or an error, never both.
 *
 * @param resultJson the task's result, serialized exactly as it arrived; {@code null} when it failed
 * @param error the task's failure; {@code null} when it succeeded
 */
public record Response(byte[] resultJson, TaskError error) {

    /** Checks that exactly one of result and error is present. */
    public Response {
        if ((resultJson == null) == (error == null)) {
            throw new IllegalArgumentException("a response holds exactly one of result and error");
        }
    }

    /**
     * @param result the result, {@code null} meaning JSON null
     * @return a successful response
     */
    public static Response success(JsonNode result) {
        return new Response(WireCodec.write(result), null);
    }

    /**
     * @param resultJson the result, already serialized
     * @return a successful response
     */
    public static Response ofResultJson(byte[] resultJson) {
        return new Response(resultJson, null);
    }

    /**
     * @param error the failure
     * @return a failed response
     */
    public static Response failure(TaskError error) {
        return new Response(null, error);
    }

    /** @return the result as a JSON tree ({@code NullNode} for none), parsed anew on every call; {@code null} when it failed */
    public JsonNode result() {
        return resultJson == null ? null : WireCodec.readTree(resultJson, "result");
    }

    /** @return whether the task failed */
    public boolean failed() {
        return error != null;
    }
}
