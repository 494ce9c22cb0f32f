package io.fusionize.experiment.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The content of {@code summary.json}: the experiment's headline numbers per setup.
 *
 * <p>Shape: {@code {"app", "workload", "setups": [{"name", "setup", "latencyMs": {"p50", "p95",
 * "p99"}, "costPer1kUsd", "coldStarts", "requests", "failed"}], "deploymentsToConverge"}}.
 * A percentile is {@code null} when no request of that setup succeeded.
 *
 * @param app the application's name
 * @param workload the workload's description
 * @param setups one entry per measured setup
 * @param deploymentsToConverge how many setups the optimizer deployed before it converged
 */
@JsonPropertyOrder({"app", "workload", "setups", "deploymentsToConverge"})
public record Summary(String app, String workload, List<SetupSummary> setups, int deploymentsToConverge) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Checks the parts and freezes the list. */
    public Summary {
        Objects.requireNonNull(app, "app must not be null");
        Objects.requireNonNull(workload, "workload must not be null");
        setups = List.copyOf(Objects.requireNonNull(setups, "setups must not be null"));
    }

    /**
     * @param result a finished experiment
     * @return its summary
     */
    public static Summary of(ExperimentResult result) {
        return new Summary(result.app(), result.workload(),
                result.runs().stream().map(SetupSummary::of).toList(), result.deploymentsToConverge());
    }

    /**
     * @param file where to write, replacing any file there
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    /**
     * @param file a {@code summary.json}
     * @return its content
     * @throws IOException when it cannot be read or parsed
     */
    public static Summary read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Summary.class);
    }

    /**
     * One setup's headline numbers.
     *
     * @param name the setup run's name
     * @param setup the setup in compact text form
     * @param latencyMs its corrected latency percentiles
     * @param costPer1kUsd its cost per 1,000 root requests, in US$
     * @param coldStarts its cold starts
     * @param requests its root requests
     * @param failed its failed root requests
     */
    @JsonPropertyOrder({"name", "setup", "latencyMs", "costPer1kUsd", "coldStarts", "requests", "failed"})
    public record SetupSummary(String name, String setup, LatencyMs latencyMs, double costPer1kUsd, long coldStarts,
            long requests, long failed) {

        /**
         * @param run a measured setup
         * @return its headline numbers
         */
        public static SetupSummary of(SetupRun run) {
            return new SetupSummary(run.name(), run.setup(), LatencyMs.of(run.latency()), run.costPer1kUsd(),
                    run.coldStarts(), run.requests(), run.failed());
        }
    }

    /**
     * Latency percentiles in milliseconds; {@code null} when unknown, since JSON has no NaN.
     *
     * @param p50 the median
     * @param p95 the 95th percentile
     * @param p99 the 99th percentile
     */
    @JsonPropertyOrder({"p50", "p95", "p99"})
    public record LatencyMs(Double p50, Double p95, Double p99) {

        /**
         * @param latency percentiles that may be NaN
         * @return them with NaN as {@code null}
         */
        public static LatencyMs of(LatencySummary latency) {
            return new LatencyMs(orNull(latency.p50()), orNull(latency.p95()), orNull(latency.p99()));
        }

        private static Double orNull(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }
}
