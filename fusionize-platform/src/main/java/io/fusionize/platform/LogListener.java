package io.fusionize.platform;

/**
 * Receives every line an instance writes to stdout or stderr.
 *
 * <p>Every line an invocation writes reaches the listeners before that invocation's report is
 * published, so a consumer can join the two by request id as soon as the report arrives.
 */
@FunctionalInterface
public interface LogListener {

    /**
     * Called on the instance's log thread, in line order; keep it short.
     *
     * @param functionName the function the instance runs
     * @param version the function version the instance runs
     * @param requestId the invocation running when the line was written, or {@code null} between
     *     invocations
     * @param line the line, without its line terminator
     */
    void onLine(String functionName, String version, String requestId, String line);
}
