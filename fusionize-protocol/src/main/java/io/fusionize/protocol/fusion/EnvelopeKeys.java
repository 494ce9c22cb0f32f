package io.fusionize.protocol.fusion;

/**
 * JSON keys of a fusion invocation's event, {@code {"fusionize": {…}, "task": …, "payload": …}},
 * and of its response, {@code {"result": …}} or {@code {"error": {…}}}.
 */
public final class EnvelopeKeys {

    /** Event key holding the {@link FusionHeader}; its absence marks a root request. */
    public static final String FUSIONIZE = "fusionize";
    /** Event key naming the task to run. */
    public static final String TASK = "task";
    /** Event key holding the task's input. */
    public static final String PAYLOAD = "payload";
    /** Response key holding a task's result. */
    public static final String RESULT = "result";
    /** Response key holding a task's failure, a {@link TaskError}. */
    public static final String ERROR = "error";

    private EnvelopeKeys() {
    }
}
