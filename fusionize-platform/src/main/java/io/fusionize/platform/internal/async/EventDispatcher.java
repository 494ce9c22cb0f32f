package io.fusionize.platform.internal.async;

/**
 * Delivers one queued event to a function: the queue's only way out.
 *
 * <p>The queue calls it from its worker threads, up to
 * {@link AsyncSettings#concurrency()} times at once. An implementation should block until the
 * function has finished and then say how it went. An exception thrown from {@code dispatch} counts
 * as a function error carrying the exception's class name and message. When the queue closes, it
 * interrupts workers that are still dispatching.
 */
@FunctionalInterface
public interface EventDispatcher {

    /**
     * Invokes a function with an event and waits for the result.
     *
     * @param functionName the function to invoke, never {@code null}
     * @param qualifier the version or alias to invoke, or {@code null} for the unqualified function
     * @param payload the event body exactly as accepted, never {@code null}
     * @return how the invocation went, never {@code null}
     */
    DispatchOutcome dispatch(String functionName, String qualifier, byte[] payload);
}
