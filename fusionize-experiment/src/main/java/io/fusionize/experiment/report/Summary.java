package io.fusionize.experiment.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.protocol.json.ProtocolJson;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fusionize.deploy.load.RequestOrigin;

/**
 * The content of {@code summary.json}: the experiment's headline numbers per setup.
 *
 * <p>Shape: {@code {"app", "workload", "requests": {"source", "file", "seed"}, "setups": [{"name", "setup", "latencyMs": {"p50", "p95",
 * "p99"}, "costPer1kUsd", "coldStarts", "requests", "failed", "blocks", "perBlock"}],
 * "deploymentsToConverge"}}. A setup measured in blocks shows them pooled, and lists each block
 * in {@code perBlock} ({@code "block", "setup", "latencyMs", "costPer1kUsd", "coldStarts",
 * "requests", "failed", "cpuMean"}); other setups have {@code "blocks": 1} and no list.
 * When root requests started with several entry tasks, a setup lists each in {@code entries}
 * ({@code "entryTask", "requests", "requestShare", "p50Ms"}); otherwise it has no list.
 * A percentile or CPU mean is {@code null} when unknown. {@code requests} says where the loads'
 * requests came from: {@code "source"} is {@code application}, {@code default} or {@code file}
 * (then {@code "file"} names it), and {@code "seed"} is the seed they were drawn with; it is left
 * out when the experiment did not record it.
 *
 * @param app the application's name
 * @param workload the workload's description
 * @param requests where the requests came from; {@code null} when not recorded
 * @param setups one entry per measured setup
 * @param deploymentsToConverge how many setups the optimizer deployed before it converged
 */
@JsonPropertyOrder({"app", "workload", "requests", "setups", "deploymentsToConverge"})
public record Summary(String app, String workload, @JsonInclude(JsonInclude.Include.NON_NULL) Requests requests,
        List<SetupSummary> setups, int deploymentsToConverge) {

    private static final ObjectMapper JSON = ProtocolJson.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

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
        return new Summary(result.app(), result.workload(), result.requests().map(Requests::of).orElse(null),
                result.runs().stream().map(run -> SetupSummary.of(run, result.blocksOf(run.name()))).toList(),
                result.deploymentsToConverge());
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
     * Where an experiment's requests came from.
     *
     * @param source {@code application}, {@code default} or {@code file}
     * @param file the file of requests, when the source is {@code file}
     * @param seed the seed the requests were drawn with
     */
    @JsonPropertyOrder({"source", "file", "seed"})
    public record Requests(String source, @JsonInclude(JsonInclude.Include.NON_NULL) String file, long seed) {

        /**
         * @param origin where a load's requests came from
         * @return its summary
         */
        public static Requests of(RequestOrigin origin) {
            return new Requests(origin.source(), origin.file().map(Path::toString).orElse(null), origin.seed());
        }
    }

    /**
     * One setup's headline numbers.
     *
     * @param name the setup run's name
     * @param setup the setup in compact text form
     * @param latencyMs its corrected latency percentiles, over all its blocks' requests
     * @param costPer1kUsd its cost per 1,000 root requests, in US$
     * @param coldStarts its cold starts
     * @param requests its root requests
     * @param failed its failed root requests
     * @param blocks how many blocks it was measured in
     * @param perBlock each block's numbers; empty when it was measured once, outside blocks
     * @param entries each entry task's numbers; empty unless root requests started with several
     */
    @JsonPropertyOrder({"name", "setup", "latencyMs", "costPer1kUsd", "coldStarts", "requests", "failed", "blocks",
            "perBlock", "entries"})
    public record SetupSummary(String name, String setup, LatencyMs latencyMs, double costPer1kUsd, long coldStarts,
            long requests, long failed, int blocks,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BlockSummary> perBlock,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EntrySummary> entries) {

        /** Freezes the lists; a missing list is empty. */
        public SetupSummary {
            perBlock = perBlock == null ? List.of() : List.copyOf(perBlock);
            entries = entries == null ? List.of() : List.copyOf(entries);
        }

        /**
         * @param run a setup measured once, outside blocks
         * @return its headline numbers
         */
        public static SetupSummary of(SetupRun run) {
            return of(run, List.of());
        }

        /**
         * @param run a measured setup, its blocks pooled
         * @param blocks its blocks; empty when it was measured once, outside blocks
         * @return its headline numbers
         */
        public static SetupSummary of(SetupRun run, List<BlockRun> blocks) {
            return new SetupSummary(run.name(), run.setup(), LatencyMs.of(run.latency()), run.costPer1kUsd(),
                    run.coldStarts(), run.requests(), run.failed(), Math.max(1, blocks.size()),
                    blocks.stream().map(BlockSummary::of).toList(),
                    run.entries().stream().map(EntrySummary::of).toList());
        }
    }

    /**
     * One entry task's numbers.
     *
     * @param entryTask the entry task
     * @param requests the root requests that started with it
     * @param requestShare their share of all root requests, in [0, 1]
     * @param p50Ms their median latency in ms; {@code null} when unknown
     */
    @JsonPropertyOrder({"entryTask", "requests", "requestShare", "p50Ms"})
    public record EntrySummary(String entryTask, long requests, double requestShare, Double p50Ms) {

        /**
         * @param entry an entry's figures
         * @return its numbers
         */
        public static EntrySummary of(EntryFigures entry) {
            return new EntrySummary(entry.entryTask(), entry.requests(), entry.requestShare(),
                    Double.isNaN(entry.p50Ms()) ? null : entry.p50Ms());
        }
    }

    /**
     * One block's numbers.
     *
     * @param block the block's number, from 1
     * @param setup the setup in compact text form, under the block's own version
     * @param latencyMs its corrected latency percentiles
     * @param costPer1kUsd its cost per 1,000 root requests, in US$
     * @param coldStarts its cold starts
     * @param requests its root requests
     * @param failed its failed root requests
     * @param cpuMean the machine's mean CPU utilization during it, in [0, 1]; {@code null} when not measured
     */
    @JsonPropertyOrder({"block", "setup", "latencyMs", "costPer1kUsd", "coldStarts", "requests", "failed", "cpuMean"})
    public record BlockSummary(int block, String setup, LatencyMs latencyMs, double costPer1kUsd, long coldStarts,
            long requests, long failed, Double cpuMean) {

        /**
         * @param block a measured block
         * @return its numbers
         */
        public static BlockSummary of(BlockRun block) {
            SetupRun run = block.run();
            return new BlockSummary(block.block(), run.setup(), LatencyMs.of(run.latency()), run.costPer1kUsd(),
                    run.coldStarts(), run.requests(), run.failed(), run.cpu().measured() ? run.cpu().mean() : null);
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
