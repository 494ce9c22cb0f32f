package io.fusionize.core.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the platform says about one invocation it hands to the runtime.
 *
 * @param invocationId the platform's request id
 * @param remainingTimeMillis milliseconds left before the platform times the invocation out
 * @param timeLimit the function's whole time limit, which a timeout's message names; {@code null}
 *     when the platform does not say, and the time left at the start stands in for it
 */
public record InvocationRequest(String invocationId, LongSupplier remainingTimeMillis, Duration timeLimit) {

    /** Checks the parts. */
    public InvocationRequest {
        Objects.requireNonNull(invocationId, "invocationId must not be null");
        Objects.requireNonNull(remainingTimeMillis, "remainingTimeMillis must not be null");
    }

    /**
     * A request whose function's time limit is not known, as with Lambda's context.
     *
     * @param invocationId the platform's request id
     * @param remainingTimeMillis milliseconds left before the platform times the invocation out
     */
    public InvocationRequest(String invocationId, LongSupplier remainingTimeMillis) {
        this(invocationId, remainingTimeMillis, null);
    }

    /**
     * @param invocationId the platform's request id
     * @param timeout the invocation's time limit, counted from now
     * @return a request whose deadline lies {@code timeout} from now
     */
    public static InvocationRequest withTimeout(String invocationId, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        return new InvocationRequest(invocationId, () -> Math.max(0, deadline - System.currentTimeMillis()), timeout);
    }
}
