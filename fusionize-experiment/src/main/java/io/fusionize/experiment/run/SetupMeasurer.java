package io.fusionize.experiment.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.load.GatewayRequestSender;
import io.fusionize.deploy.load.LoadGenerator;
import io.fusionize.deploy.load.LoadProfile;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.experiment.machine.CpuSampler;
import io.fusionize.experiment.machine.CpuUtilization;
import io.fusionize.experiment.report.EntryFigures;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;

/**
 * Measures one setup: deploys it fresh as a version of its own, optionally warms it up with a load
 * that is not measured, sends the measured load through the gateway while sampling the machine's
 * CPU, waits until its async work has finished, and reads cost, cold starts and invocations from
 * the monitor. The version is retired afterwards, so that its instances stop and do not disturb
 * the next measurement.
 *
 * <p>Every load numbers its requests from 0, so that every measured setup, every block and every
 * round gets the same sequence of requests.
 */
public final class SetupMeasurer implements Measurer {

    /**
     * How long no new invocation must appear before a version counts as finished although an
     * announced remote call was never seen; long, because a cold start on a busy machine is slow.
     */
    public static final Duration QUIET = Duration.ofSeconds(20);
    /** The longest wait for a version's async work after its last response. */
    public static final Duration QUIET_LIMIT = Duration.ofSeconds(90);
    /** How long one root request may take before it counts as failed. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final Testbed testbed;
    private final ProgressListener progress;
    private final GatewayRequestSender sender;

    /**
     * @param testbed where setups run
     * @param progress receives each load run's progress
     * @param requests the requests every load sends
     */
    public SetupMeasurer(Testbed testbed, ProgressListener progress, LoadRequests requests) {
        this.testbed = Objects.requireNonNull(testbed, "testbed must not be null");
        this.progress = Objects.requireNonNull(progress, "progress must not be null");
        this.sender = GatewayRequestSender.of(testbed.gatewayUri(), testbed.application().name(),
                Objects.requireNonNull(requests, "requests must not be null"), REQUEST_TIMEOUT);
    }

    /**
     * @param name the run's name, e.g. {@code all-remote} or {@code round-3}
     * @param setup the setup; it is deployed under a new version
     * @param load the load to send
     * @return the measurement
     * @throws InterruptedException when interrupted while waiting for the version to finish
     */
    @Override
    public Measurement measure(String name, Setup setup, BoundedLoad load) throws InterruptedException {
        DeployedVersion deployed = testbed.deploy(setup);
        long oversubscribedBefore;
        LoadResult result;
        SetupStatistics statistics;
        CpuUtilization cpu = CpuUtilization.notMeasured();
        CpuSampler sampler = CpuSampler.forThisMachine();
        try {
            warmUp(name, deployed.version(), load);
            testbed.beginPhase(name);
            oversubscribedBefore = testbed.reportFlags().oversubscribedInvocations();
            sampler.start();
            result = send(name, load.profile(), load);
            statistics = testbed.awaitFinished(deployed.version(), result.issued(), QUIET, QUIET_LIMIT);
            cpu = sampler.stop();
        } finally {
            sampler.close();
            retire(deployed);
        }
        long oversubscribed = testbed.reportFlags().oversubscribedInvocations() - oversubscribedBefore;
        SetupRun run = new SetupRun(name, SetupText.format(deployed.setup()), result,
                statistics.costPer1000RootRequestsUsd(), coldStarts(statistics),
                invocationsPerRequest(statistics, result), cpu, EntryFigures.of(statistics));
        return new Measurement(run, deployed.setup(), statistics, oversubscribed);
    }

    // A stop interrupts the measurement; the version is still retired, and the interrupt kept for the caller.
    private void retire(DeployedVersion deployed) {
        boolean interrupted = Thread.interrupted();
        try {
            testbed.retire(deployed);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void reserveVersionsThrough(int version) {
        testbed.reserveVersionsThrough(version);
    }

    private void warmUp(String name, int version, BoundedLoad load) throws InterruptedException {
        if (load.warmUp().isEmpty()) {
            return;
        }
        testbed.beginPhase(name + "-warm-up");
        LoadResult warm = send(name + " warm-up", load.warmUp().get(), load);
        testbed.awaitFinished(version, warm.issued(), QUIET, QUIET_LIMIT);
    }

    private LoadResult send(String label, LoadProfile profile, BoundedLoad load) {
        return LoadGenerator.builder(profile, sender)
                .label(label).progress(progress).maxRequests(load.maxRequests()).maxDuration(load.maxDuration())
                .drainTimeout(REQUEST_TIMEOUT).build().run();
    }

    private static long coldStarts(SetupStatistics statistics) {
        return statistics.functions().stream().mapToLong(FunctionStatistics::coldStarts).sum();
    }

    private static double invocationsPerRequest(SetupStatistics statistics, LoadResult result) {
        long roots = statistics.sampleSize() > 0 ? statistics.sampleSize() : result.issued();
        return roots == 0 ? 0 : (double) Testbed.invocations(statistics) / roots;
    }

    /**
     * A load with the bounds a run sends it under, and the unmeasured load that warms a setup up.
     *
     * @param profile the measured load's shape
     * @param maxRequests the most requests to send, of each load
     * @param maxDuration the longest to send, each load
     * @param warmUp the load sent first and not measured, if any
     */
    public record BoundedLoad(LoadProfile profile, int maxRequests, Duration maxDuration,
            Optional<LoadProfile> warmUp) {

        /** Checks the parts. */
        public BoundedLoad {
            Objects.requireNonNull(profile, "profile must not be null");
            Objects.requireNonNull(maxDuration, "maxDuration must not be null");
            Objects.requireNonNull(warmUp, "warmUp must not be null");
        }

        /** @return a description of the load, with its warm-up */
        public String description() {
            return profile.description() + warmUp.map(w -> ", after an unmeasured warm-up of " + w.description())
                    .orElse(", without warm-up");
        }
    }
}
