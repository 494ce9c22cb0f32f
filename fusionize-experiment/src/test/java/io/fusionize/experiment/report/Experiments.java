package io.fusionize.experiment.report;

import io.fusionize.protocol.billing.PriceTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.RequestSample;
import io.fusionize.deploy.load.ScaleFactor;
import io.fusionize.experiment.machine.CpuUtilization;

/** Builds experiment results with known, reproducible numbers for report tests. */
final class Experiments {

    static final String WORKLOAD = "step 5 to 40 req/s, +5 every 2 s, rates x 0.174";
    static final CpuUtilization CALM = new CpuUtilization(0.55, 0.80, 0.0, 30);
    static final CpuUtilization SATURATED = new CpuUtilization(0.97, 1.0, 0.9, 30);

    private Experiments() {
    }

    /** Latencies spread log-normally around the median; every fifth request from 'failEvery' fails. */
    static LoadResult load(double medianMs, int requests, int failEvery, String cause) {
        Random random = new Random(42);
        List<RequestSample> samples = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long intended = i * 100_000_000L;
            long latency = (long) (medianMs * 1e6 * Math.exp(0.5 * random.nextGaussian()));
            long queued = latency / 10;
            boolean failed = failEvery > 0 && i % failEvery == 0;
            samples.add(new RequestSample(i, intended, intended + queued, intended + latency, !failed,
                    Optional.of("trace-" + i), failed ? Optional.of(cause) : Optional.empty()));
        }
        return new LoadResult(WORKLOAD, Instant.EPOCH, Duration.ofSeconds(20), requests, samples);
    }

    /** Every request takes exactly the given latency and succeeds. */
    static LoadResult steady(double latencyMs, int requests) {
        List<RequestSample> samples = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long intended = i * 100_000_000L;
            samples.add(new RequestSample(i, intended, intended, intended + (long) (latencyMs * 1e6), true,
                    Optional.of("trace-" + i), Optional.empty()));
        }
        return new LoadResult(WORKLOAD, Instant.EPOCH, Duration.ofSeconds(10), requests, samples);
    }

    /** A block of a compared setup whose requests all take the given latency. */
    static BlockRun block(String name, int block, double latencyMs, double cost, CpuUtilization cpu) {
        SetupRun run = new SetupRun(name, "iot v" + block + ": I@1024", steady(latencyMs, 20), cost, 0, 9, cpu);
        return new BlockRun(block, run, run.requests());
    }

    /** An experiment whose all-remote and optimized ran in two alternating blocks, all-local once. */
    static ExperimentResult inBlocks() {
        // Latencies below 65 ms keep the histograms' rounding below 0.05 ms.
        List<BlockRun> blocks = List.of(block(SetupRun.ALL_REMOTE, 1, 40, 0.010, CALM),
                block(SetupRun.OPTIMIZED, 1, 20, 0.006, CALM), block(SetupRun.ALL_REMOTE, 2, 60, 0.010, SATURATED),
                block(SetupRun.OPTIMIZED, 2, 54, 0.008, CALM), block(SetupRun.ALL_LOCAL, 1, 100, 0.005, CALM));
        List<SetupRun> runs = List.of(pooled(blocks, SetupRun.ALL_REMOTE), pooled(blocks, SetupRun.ALL_LOCAL),
                pooled(blocks, SetupRun.OPTIMIZED));
        return new ExperimentResult("iot", WORKLOAD, iot().platform(), ScaleFactor.none(), runs, List.of(), 1,
                List.of(), blocks);
    }

    private static SetupRun pooled(List<BlockRun> blocks, String name) {
        return BlockPooling.pool(blocks.stream().filter(block -> block.setupName().equals(name)).toList());
    }

    static SetupRun run(String name, double medianMs, double cost, CpuUtilization cpu) {
        return new SetupRun(name, "I(512:CW,SE) CT(256) CS(256:CSL,CSA)", load(medianMs, 200, 0, ""), cost, 3, 4.5, cpu);
    }

    /** An IoT-like experiment: remote, local with timeouts, four rounds, optimized. */
    static ExperimentResult iot() {
        List<SetupRun> runs = new ArrayList<>();
        runs.add(run(SetupRun.ALL_REMOTE, 294, 28.2, CALM));
        runs.add(new SetupRun(SetupRun.ALL_LOCAL, "I(1024:*)", load(12_411, 200, 5, "HTTP 504"), 60.1, 1, 1.0, SATURATED));
        double[] medians = {245, 196, 164, 48};
        double[] costs = {27.0, 24.0, 21.0, 17.8};
        List<OptimizerRound> rounds = new ArrayList<>();
        for (int i = 0; i < medians.length; i++) {
            SetupRun round = run(SetupRun.roundName(i + 1), medians[i], costs[i], CALM);
            runs.add(round);
            rounds.add(OptimizerRound.of(i + 1, round));
        }
        runs.add(run(SetupRun.OPTIMIZED, 48, 17.8, CALM));
        PlatformSettings platform = new PlatformSettings(true, false, "25 ms per remote invocation", PriceTable.awsX86(),
                "OpenJDK 64-Bit Server VM 17.0.15");
        return new ExperimentResult("iot", WORKLOAD, platform, ScaleFactor.fit(2, 0.23, 40, 0.8), runs, rounds, 5);
    }
}
