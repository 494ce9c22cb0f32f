package io.fusionize.platform.internal.instance;

/** What an {@link Instance} tells its manager. */
interface InstanceEvents {

    /** The instance finished its init: it asked for its first event. */
    void onInitialized(Instance instance);

    /** An invocation was handed to the instance's runtime. */
    void onDelivered(Instance instance, Invocation invocation);

    /** The instance wrote a log line while {@code requestId} ran ({@code null} between invocations). */
    void onLogLine(Instance instance, String requestId, String line);
}
