package io.fusionize.experiment.run;

import java.time.Duration;
import java.util.Objects;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.experiment.load.LoadGenerator;
import io.fusionize.experiment.load.LoadProfile;
import io.fusionize.experiment.load.LoadResult;
import io.fusionize.experiment.load.ProgressListener;
import io.fusionize.experiment.machine.CpuSampler;
import io.fusionize.experiment.machine.CpuUtilization;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;

/**
 * Measures one setup: deploys it fresh as a version of its own, sends a load through the gateway
 * while sampling the machine's CPU, waits until its async work has finished, and reads cost, cold
 * starts and invocations from the monitor. The version is retired afterwards, so that its
 * instances stop and do not disturb the next measurement.
 */
public final class SetupMeasurer {

    /** How long no new invocation must appear before a version counts as finished. */
    public static final Duration QUIET = Duration.ofSeconds(2);
    /** The longest wait for a version's async work after its last response. */
    public static final Duration QUIET_LIMIT = Duration.ofSeconds(90);
    /** How long one root request may take before it counts as failed. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final Testbed testbed;
    private final ProgressListener progress;

    /**
     * @param testbed where setups run
     * @param progress receives each load run's progress
     */
    public SetupMeasurer(Testbed testbed, ProgressListener progress) {
        this.testbed = Objects.requireNonNull(testbed, "testbed must not be null");
        this.progress = Objects.requireNonNull(progress, "progress must not be null");
    }

    /**
     * @param name the run's name, e.g. {@code all-remote} or {@code round-3}
     * @param setup the setup; it is deployed under a new version
     * @param load the load to send
     * @return the measurement
     * @throws InterruptedException when interrupted while waiting for the version to finish
     */
    public Measurement measure(String name, Setup setup, BoundedLoad load) throws InterruptedException {
        DeployedVersion deployed = testbed.deploy(setup);
        long oversubscribedBefore = testbed.reportFlags().oversubscribedInvocations();
        CpuSampler sampler = CpuSampler.forThisMachine();
        sampler.start();
        LoadResult result;
        SetupStatistics statistics;
        CpuUtilization cpu;
        try {
            result = send(name, load);
            statistics = testbed.awaitQuiet(deployed.version(), QUIET, QUIET_LIMIT);
        } finally {
            cpu = sampler.stop();
            testbed.retire(deployed);
        }
        long oversubscribed = testbed.reportFlags().oversubscribedInvocations() - oversubscribedBefore;
        SetupRun run = new SetupRun(name, SetupText.format(deployed.setup()), result,
                statistics.costPer1000RootRequestsUsd(), coldStarts(statistics),
                invocationsPerRequest(statistics, result), cpu);
        return new Measurement(run, deployed.setup(), statistics, oversubscribed);
    }

    private LoadResult send(String name, BoundedLoad load) {
        return LoadGenerator.builder(load.profile(), new GatewayRequestSender(testbed.entryUri(), REQUEST_TIMEOUT))
                .label(name).progress(progress).maxRequests(load.maxRequests()).maxDuration(load.maxDuration())
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
     * A load with the bounds a run sends it under.
     *
     * @param profile the load's shape
     * @param maxRequests the most requests to send
     * @param maxDuration the longest to send
     */
    public record BoundedLoad(LoadProfile profile, int maxRequests, Duration maxDuration) {

        /** Checks the parts. */
        public BoundedLoad {
            Objects.requireNonNull(profile, "profile must not be null");
            Objects.requireNonNull(maxDuration, "maxDuration must not be null");
        }
    }
}
