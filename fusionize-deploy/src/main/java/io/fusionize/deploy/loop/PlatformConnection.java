package io.fusionize.deploy.loop;

import java.net.URI;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** The platform a control loop deploys to: an embedded local platform or a running one. */
public interface PlatformConnection extends AutoCloseable {

    /** @return the base URL of the platform's Lambda APIs */
    URI uri();

    /** @return the bearer token for its control plane, or {@code null} when it needs none */
    String token();

    /**
     * Subscribes to the platform's telemetry, where the platform can deliver it.
     *
     * @param reportJson receives every invocation report, as JSON
     * @param logLine receives every line the function instances write
     * @return whether telemetry will be delivered
     */
    boolean subscribe(Consumer<String> reportJson, Consumer<String> logLine);

    /**
     * @param functionName a function
     * @return how many of its instance processes are alive or starting, where this process can see them
     */
    default OptionalLong liveInstances(String functionName) {
        return OptionalLong.empty();
    }

    /** Releases the connection; an embedded platform stops. */
    @Override
    void close();

    /**
     * @param platform a started local platform; closing the connection stops it
     * @return a connection that delivers the platform's reports and instance output in-process
     */
    static PlatformConnection embedded(io.fusionize.platform.LocalPlatform platform) {
        return new EmbeddedPlatform(platform);
    }

    /**
     * @param uri the base URL of a running platform
     * @param token its bearer token, or {@code null}
     * @return a connection whose subscriptions read the platform's telemetry feed on a daemon
     *     thread, from the moment they subscribe until the connection closes; closing it leaves the
     *     platform running
     */
    static PlatformConnection remote(URI uri, String token) {
        return new RemotePlatform(uri, token);
    }
}
