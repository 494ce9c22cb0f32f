package io.fusionize.deploy.loop;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A platform connection whose telemetry also reaches a {@link TelemetryTap}, such as a dashboard
 * or a span export, on the same subscription the monitor uses: the tap sees exactly what the
 * monitor sees, and a remote platform is not polled twice.
 */
public final class TappedPlatform implements PlatformConnection {

    private final PlatformConnection platform;
    private final TelemetryTap tap;

    private TappedPlatform(PlatformConnection platform, TelemetryTap tap) {
        this.platform = platform;
        this.tap = tap;
    }

    /**
     * @param platform the connection to tap; closing the result closes it
     * @param tap receives every report and log line before the subscriber does
     * @return the tapped connection
     */
    public static PlatformConnection of(PlatformConnection platform, TelemetryTap tap) {
        return new TappedPlatform(Objects.requireNonNull(platform, "platform must not be null"),
                Objects.requireNonNull(tap, "tap must not be null"));
    }

    @Override
    public URI uri() {
        return platform.uri();
    }

    @Override
    public String token() {
        return platform.token();
    }

    @Override
    public boolean subscribe(Consumer<String> reportJson, Consumer<String> logLine) {
        return platform.subscribe(json -> {
            tap.report(json);
            reportJson.accept(json);
        }, line -> {
            tap.logLine(line);
            logLine.accept(line);
        });
    }

    @Override
    public OptionalLong liveInstances(String functionName) {
        return platform.liveInstances(functionName);
    }

    @Override
    public void close() {
        platform.close();
    }
}
