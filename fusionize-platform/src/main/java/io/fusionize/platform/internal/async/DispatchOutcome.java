package io.fusionize.platform.internal.async;

import java.util.Objects;

/**
 * How one delivery attempt of a queued event went, as reported by an {@link EventDispatcher}.
 *
 * <p>Create instances with {@link #success()}, {@link #functionError(String, String)},
 * {@link #throttled()} or {@link #functionNotFound()}.
 *
 * @param kind what happened
 * @param errorType the function's error type; set only for {@link Kind#FUNCTION_ERROR}
 * @param errorMessage the function's error message; may be set only for
 *     {@link Kind#FUNCTION_ERROR}, and may be {@code null} even then
 */
public record DispatchOutcome(Kind kind, String errorType, String errorMessage) {

    private static final DispatchOutcome SUCCESS = new DispatchOutcome(Kind.SUCCESS, null, null);
    private static final DispatchOutcome THROTTLED = new DispatchOutcome(Kind.THROTTLED, null, null);
    private static final DispatchOutcome NOT_FOUND =
            new DispatchOutcome(Kind.FUNCTION_NOT_FOUND, null, null);

    /** What a delivery attempt came to, and so what the queue does next. */
    public enum Kind {
        /** The function ran and succeeded: the event is delivered. */
        SUCCESS,
        /** The function ran and failed: the attempt counts, and the event is retried or dead. */
        FUNCTION_ERROR,
        /** The platform had no capacity: the event is tried again later, and no attempt counts. */
        THROTTLED,
        /** The function or qualifier does not exist: the event becomes a dead letter at once. */
        FUNCTION_NOT_FOUND
    }

    /**
     * Checks that an error type is present exactly when the kind is a function error.
     *
     * @throws NullPointerException if {@code kind} is {@code null}
     * @throws IllegalArgumentException if the error fields do not fit the kind
     */
    public DispatchOutcome {
        Objects.requireNonNull(kind, "kind must not be null");
        boolean isError = kind == Kind.FUNCTION_ERROR;
        if (isError && (errorType == null || errorType.isBlank())) {
            throw new IllegalArgumentException("errorType must not be blank for a function error");
        }
        if (!isError && (errorType != null || errorMessage != null)) {
            throw new IllegalArgumentException("only a function error carries an error, not " + kind);
        }
    }

    /** @return the outcome of a successful invocation */
    public static DispatchOutcome success() {
        return SUCCESS;
    }

    /**
     * @param errorType the function's error type, e.g. {@code java.lang.IllegalStateException}
     * @param errorMessage the function's error message, possibly {@code null}
     * @return the outcome of an invocation in which the function failed
     */
    public static DispatchOutcome functionError(String errorType, String errorMessage) {
        return new DispatchOutcome(Kind.FUNCTION_ERROR, errorType, errorMessage);
    }

    /** @return the outcome of an invocation refused for lack of capacity (HTTP 429) */
    public static DispatchOutcome throttled() {
        return THROTTLED;
    }

    /** @return the outcome of an invocation of a function or qualifier that does not exist */
    public static DispatchOutcome functionNotFound() {
        return NOT_FOUND;
    }
}
