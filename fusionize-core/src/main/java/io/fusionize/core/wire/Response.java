package io.fusionize.core.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A decoded invocation response: a result or an error, never both.
 *
 * @param result the task's result ({@code NullNode} for none); {@code null} when it failed
 * @param error the task's failure; {@code null} when it succeeded
 */
public record Response(JsonNode result, TaskError error) {

    /** Checks that exactly one of result and error is present. */
    public Response {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("a response holds exactly one of result and error");
        }
    }

    /**
     * @param result the result, {@code null} meaning JSON null
     * @return a successful response
     */
    public static Response success(JsonNode result) {
        return new Response(result == null ? NullNode.getInstance() : result, null);
    }

    /**
     * @param error the failure
     * @return a failed response
     */
    public static Response failure(TaskError error) {
        return new Response(null, error);
    }

    /** @return whether the task failed */
    public boolean failed() {
        return error != null;
    }
}
