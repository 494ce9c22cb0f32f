package io.fusionize.experiment.explore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.RequestSample;
import io.fusionize.experiment.machine.CpuUtilization;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.experiment.run.Measurement;
import io.fusionize.experiment.run.Measurer;
import io.fusionize.experiment.run.SetupMeasurer;
import io.fusionize.monitor.SetupStatistics;

/**
 * Answers every measurement without a platform: four requests of a latency that the setup decides,
 * at a cost that the pass decides; on request it stops, is interrupted or fails at the n-th call.
 */
final class ScriptedMeasurer implements Measurer {

    private final List<String> measured = new ArrayList<>();
    private final ToDoubleFunction<Setup> latencyMs;
    private Runnable onCall = () -> { };
    private int interruptAt = -1;
    private int failAt = -1;

    /** @param latencyMs each setup's latency */
    ScriptedMeasurer(ToDoubleFunction<Setup> latencyMs) {
        this.latencyMs = latencyMs;
    }

    /** @param call the call (from 1) that throws InterruptedException @return this measurer */
    ScriptedMeasurer interruptingAt(int call) {
        interruptAt = call;
        return this;
    }

    /** @param call the call (from 1) that throws an IllegalStateException @return this measurer */
    ScriptedMeasurer failingAt(int call) {
        failAt = call;
        return this;
    }

    /** @param action runs at every call, before it answers @return this measurer */
    ScriptedMeasurer onEveryCall(Runnable action) {
        onCall = action;
        return this;
    }

    @Override
    public Measurement measure(String name, Setup setup, SetupMeasurer.BoundedLoad load) throws InterruptedException {
        measured.add(name);
        onCall.run();
        if (measured.size() == interruptAt) {
            throw new InterruptedException("stopped");
        }
        if (measured.size() == failAt) {
            throw new IllegalStateException("the platform is gone");
        }
        Setup deployed = setup.withVersion(measured.size());
        // the first pass costs 0.010 per 1k requests, later ones 0.020
        double cost = measured.stream().filter(name::equals).count() == 1 ? 0.010 : 0.020;
        SetupRun run = new SetupRun(name, SetupSpace.text(deployed), steady(latencyMs.applyAsDouble(setup)), cost, 0,
                1, CpuUtilization.notMeasured());
        return new Measurement(run, deployed, SetupStatistics.empty(deployed.application(), deployed.version()), 0);
    }

    @Override
    public void reserveVersionsThrough(int version) {
    }

    /** @return the names measured, in order */
    List<String> measured() {
        return measured;
    }

    private static LoadResult steady(double latencyMs) {
        List<RequestSample> samples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long intended = i * 100_000_000L;
            samples.add(new RequestSample(i, intended, intended, intended + (long) (latencyMs * 1e6), true,
                    Optional.empty(), Optional.empty()));
        }
        return new LoadResult("steady", Instant.EPOCH, Duration.ofSeconds(1), 4, samples);
    }
}
