package io.fusionize.experiment.explore;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import io.fusionize.deploy.load.RequestSample;
import io.fusionize.experiment.report.BlockPooling;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.experiment.run.MeasuredBlock;
import io.fusionize.experiment.run.Measurement;

/**
 * One setup as the oracle shows it, its passes pooled.
 *
 * @param setup the setup's text form, without header
 * @param latency the latency figures over every successful request of every pass
 * @param costPer1kUsd the cost per 1,000 root requests, weighted by each pass's costed requests
 * @param failed failed requests, over every pass
 * @param requests requests sent, over every pass
 * @param passes how many passes measured it
 */
public record MeasuredSetup(String setup, LatencyFigures latency, double costPer1kUsd, long failed, long requests,
        int passes) {

    /** Checks the parts. */
    public MeasuredSetup {
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(latency, "latency must not be null");
    }

    /**
     * @param setup the setup's text form
     * @param passes its measurements, one per pass, at least one
     * @return the setup pooled over them: percentiles over every request, cost as total over total
     */
    public static MeasuredSetup pooled(String setup, List<Measurement> passes) {
        List<MeasuredBlock> blocks = IntStream.range(0, passes.size())
                .mapToObj(pass -> new MeasuredBlock(pass + 1, passes.get(pass))).toList();
        SetupRun pooled = BlockPooling.pool(blocks.stream().map(MeasuredBlock::toReport).toList());
        double[] latencies = pooled.load().samples().stream().filter(RequestSample::success)
                .mapToDouble(sample -> sample.latencyNanos() / 1e6).toArray();
        return new MeasuredSetup(setup, LatencyFigures.of(latencies), pooled.costPer1kUsd(), pooled.failed(),
                pooled.requests(), passes.size());
    }

    /**
     * @return whether the setup may be on the front or best: every request answered, and a median
     *     and a positive cost measured
     */
    public boolean eligible() {
        return failed == 0 && requests > 0 && Double.isFinite(latency.p50Ms()) && costPer1kUsd > 0
                && Double.isFinite(costPer1kUsd);
    }

    /** @return the median latency, ms */
    public double p50Ms() {
        return latency.p50Ms();
    }
}
