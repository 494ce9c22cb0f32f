package io.fusionize.deploy.loop;

import java.util.List;

/**
 * Listens to a platform's telemetry next to the monitor, through a {@link TappedPlatform}. A tap
 * must not throw and must return quickly: it runs on the platform's delivery threads.
 */
public interface TelemetryTap {

    /** @param json one invocation report, as the platform wrote it */
    default void report(String json) {
        // most taps want only one of the two streams
    }

    /** @param line one line an instance wrote */
    default void logLine(String line) {
        // most taps want only one of the two streams
    }

    /**
     * @param taps taps to feed in turn
     * @return one tap that feeds them all
     */
    static TelemetryTap all(List<TelemetryTap> taps) {
        List<TelemetryTap> copy = List.copyOf(taps);
        return new TelemetryTap() {
            @Override
            public void report(String json) {
                copy.forEach(tap -> tap.report(json));
            }

            @Override
            public void logLine(String line) {
                copy.forEach(tap -> tap.logLine(line));
            }
        };
    }
}
