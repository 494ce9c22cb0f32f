package io.fusionize.core.runtime;

/**
 * Starts invocations of other functions of the same setup version: the runtime's only way out of
 * its process.
 *
 * <p>Implementations speak a platform's Invoke API, or loop back in-process for tests. They must
 * be safe for concurrent use.
 */
public interface RemoteInvoker {

    /**
     * Invokes a function and waits for its response.
     *
     * @param functionName the platform function name, {@code APP-TASK}
     * @param qualifier the version alias, {@code vN}
     * @param event the event bytes
     * @return the response body, {@code {"result": …}} or {@code {"error": …}}
     * @throws InvocationFailedException when no response arrives: a platform function error
     *     (timeout, crash), a rejected request, or an unreachable platform
     */
    byte[] invokeSync(String functionName, String qualifier, byte[] event);

    /**
     * Hands an event to the platform for asynchronous, at-least-once delivery, and returns once
     * the platform has accepted it.
     *
     * @param functionName the platform function name, {@code APP-TASK}
     * @param qualifier the version alias, {@code vN}
     * @param event the event bytes
     * @throws InvocationFailedException when the platform does not accept the event
     */
    void invokeAsync(String functionName, String qualifier, byte[] event);
}
