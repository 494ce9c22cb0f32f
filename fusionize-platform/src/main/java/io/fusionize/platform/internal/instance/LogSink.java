package io.fusionize.platform.internal.instance;

import io.fusionize.platform.internal.state.FunctionVersion;

/** Where instance log lines go besides the invocation's own tail. */
@FunctionalInterface
public interface LogSink {

    /**
     * @param version the version the instance runs
     * @param requestId the invocation running when the line was written, or {@code null}
     * @param line the line
     */
    void line(FunctionVersion version, String requestId, String line);
}
