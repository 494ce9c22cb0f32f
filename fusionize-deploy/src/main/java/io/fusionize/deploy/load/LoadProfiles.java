package io.fusionize.deploy.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Factories for the workloads of the Fusionize++ evaluation, and a parser for their short form.
 */
public final class LoadProfiles {

    /** The short forms {@link #parse} accepts. */
    public static final String FORMS = "constant:RATE:SECONDS | bursty | ramp | coldstart:N | replay:FILE";

    private LoadProfiles() {
    }

    /**
     * @param rate requests per second
     * @param length how long to send
     * @return a constant arrival rate
     */
    public static RateProfile constant(double rate, Duration length) {
        return RateProfile.constant(rate, length);
    }

    /** @return the paper's bursty staircase: 5 req/s, +5 every 2 s, up to 40 req/s */
    public static RateProfile burstyStep() {
        return RateProfile.step(5, 5, Duration.ofSeconds(2), 40);
    }

    /** @return the paper's ramp: 1 to 15 req/s over 30 s, hold 30 s, back down over 30 s */
    public static RateProfile burstyRamp() {
        Duration half = Duration.ofSeconds(30);
        return RateProfile.ramp(1, 15, half, half, half);
    }

    /**
     * @param count how many requests
     * @param spacing time between sends; longer than the platform's keep-alive makes each one cold
     * @return requests spaced for cold starts
     */
    public static ColdStartProfile coldStart(int count, Duration spacing) {
        return new ColdStartProfile(count, spacing);
    }

    /**
     * @param csv a CSV of timestamps in milliseconds
     * @return their replay
     */
    public static ReplayProfile replay(Path csv) {
        return ReplayProfile.fromCsv(csv);
    }

    /**
     * Parses a workload's short form, one of {@value #FORMS}. Rates are not scaled here; see
     * {@link ScaleFactor#applyTo(LoadProfile)}.
     *
     * @param spec the short form, e.g. {@code constant:10:100}
     * @param coldStartSpacing the spacing a {@code coldstart:N} workload uses
     * @return the profile
     * @throws IllegalArgumentException when the form is unknown or its numbers are invalid
     */
    public static LoadProfile parse(String spec, Duration coldStartSpacing) {
        Objects.requireNonNull(spec, "spec must not be null");
        String[] parts = spec.strip().split(":", -1);
        return switch (parts[0]) {
            case "constant" -> constant(number(spec, parts, 1), Duration.ofMillis(Math.round(number(spec, parts, 2) * 1000)));
            case "bursty" -> withoutArguments(spec, parts, burstyStep());
            case "ramp" -> withoutArguments(spec, parts, burstyRamp());
            case "coldstart" -> coldStart((int) whole(spec, parts, 1), coldStartSpacing);
            case "replay" -> replay(Path.of(spec.strip().substring("replay:".length())));
            default -> throw unknown(spec);
        };
    }

    private static LoadProfile withoutArguments(String spec, String[] parts, LoadProfile profile) {
        if (parts.length != 1) {
            throw unknown(spec);
        }
        return profile;
    }

    private static double number(String spec, String[] parts, int index) {
        if (parts.length != 3) {
            throw unknown(spec);
        }
        try {
            return Double.parseDouble(parts[index]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("workload '" + spec + "': '" + parts[index] + "' is not a number", e);
        }
    }

    private static long whole(String spec, String[] parts, int index) {
        if (parts.length != 2) {
            throw unknown(spec);
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("workload '" + spec + "': '" + parts[index] + "' is not a whole number", e);
        }
    }

    private static IllegalArgumentException unknown(String spec) {
        return new IllegalArgumentException("unknown workload '" + spec + "'; expected " + FORMS);
    }
}
