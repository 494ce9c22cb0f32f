package io.fusionize.platform;

/** Receives every line an instance writes to stdout or stderr. */
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
