package io.fusionize.experiment.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.examples.storage.DataDirectory;
import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.ReportFiles;
import io.fusionize.experiment.report.ReportWriter;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.HeuristicOptions;
import io.fusionize.optimizer.SetupJudge;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.invoke.NetworkOverhead;

/**
 * Runs one experiment on an embedded platform: it runs the optimizer's trajectory (each round under
 * a steady load of its own), then measures all-remote, the final optimized setup and all-local back
 * to back on the same workload, each deployed fresh, and writes the report. Round 1 is all-remote
 * too, but it ran long before the optimized setup, under whatever else the machine was doing then.
 *
 * <pre>{@code
 * ExperimentOutcome outcome = new ExperimentRunner(ExperimentOptions.builder("iot", "bursty", out).build(),
 *         EmbeddedPlatform::start).run();
 * }</pre>
 */
public final class ExperimentRunner {

    /** Every function's timeout, in seconds. */
    public static final int FUNCTION_TIMEOUT_SECONDS = 60;
    /**
     * How long an instance may take to initialize. Lambda allows 10 s; a JVM starting on two cores
     * that other work keeps busy can need longer, and a refused start would count as a failure of
     * the setup rather than of the machine.
     */
    public static final Duration INIT_TIMEOUT = Duration.ofSeconds(30);

    private final ExperimentOptions options;
    private final PlatformStarter starter;

    /**
     * @param options how to run
     * @param starter starts the platform
     */
    public ExperimentRunner(ExperimentOptions options, PlatformStarter starter) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.starter = Objects.requireNonNull(starter, "starter must not be null");
    }

    /**
     * Runs the experiment and writes its report to the output directory.
     *
     * @return what was measured and where the report is
     * @throws IOException when the state directory or the report cannot be written
     * @throws InterruptedException when interrupted
     */
    public ExperimentOutcome run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        AppCalibration calibration = AppCalibration.of(options.application());
        WorkloadPlan plan = WorkloadPlan.resolve(options, calibration);
        Path state = StateDirectory.prepare(options.stateDirectory());
        PlatformSettings settings = platformSettings();
        say("workload: " + plan.description() + " (scale " + plan.scale().basis() + ")");
        say("optimizer rounds: " + plan.rounds().description());
        try (Testbed testbed = Testbed.open(starter.start(state.resolve("platform"), settings),
                testbedOptions(state), this::say)) {
            Measured measured = measureAll(testbed, plan);
            ExperimentResult result = new ResultAssembler(testbed.application().name(), plan,
                    PlatformDescription.of(settings, testbed.reportFlags(), options), calibration)
                    .assemble(measured.remote(), measured.local(), measured.trajectory(), measured.optimized());
            ReportFiles files = ReportWriter.write(result, options.outputDirectory());
            return new ExperimentOutcome(result, files, measured.trajectory(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    // The compared setups run back to back after the trajectory, so that other work on the machine
    // drifts as little as possible between them; all-local runs last, being by far the slowest.
    private Measured measureAll(Testbed testbed, WorkloadPlan plan) throws InterruptedException {
        SetupMeasurer measurer = new SetupMeasurer(testbed, options.progress());
        Application application = testbed.application();
        Trajectory trajectory = rounds(measurer, plan).run(testbed);
        Measurement remote = measure(measurer, SetupRun.ALL_REMOTE, plan, SetupGenerators.allRemote(application));
        Measurement optimized = measureOptimized(measurer, plan, trajectory);
        Measurement local = measure(measurer, SetupRun.ALL_LOCAL, plan, SetupGenerators.allLocal(application));
        return new Measured(remote, local, trajectory, optimized);
    }

    private Measurement measureOptimized(SetupMeasurer measurer, WorkloadPlan plan, Trajectory trajectory)
            throws InterruptedException {
        say("optimized setup: v" + trajectory.best().version() + ", measured again fresh");
        return measure(measurer, SetupRun.OPTIMIZED, plan, trajectory.best());
    }

    private Measurement measure(SetupMeasurer measurer, String name, WorkloadPlan plan,
            Setup setup) throws InterruptedException {
        say("measuring " + name);
        Measurement measured = measurer.measure(name, setup, plan.comparedLoad());
        say(summary(measured));
        return measured;
    }

    private OptimizationRounds rounds(SetupMeasurer measurer, WorkloadPlan plan) {
        int expected = plan.roundLoad().profile().schedule()
                .limitedTo(plan.roundLoad().maxRequests(), plan.roundLoad().maxDuration()).size();
        long minSamples = Math.max(5, expected / 2);
        FusionizeHeuristic heuristic = new FusionizeHeuristic(HeuristicOptions.defaults()
                .withMemorySizes(options.memorySizesMb()));
        RoundDecider decider = new RoundDecider(heuristic, new SetupJudge(), minSamples);
        return new OptimizationRounds(measurer, decider, plan.roundLoad(), options.maxRounds(), this::say);
    }

    private PlatformSettings platformSettings() {
        NetworkOverhead overhead = options.emulatedOverheadMs() > 0
                ? NetworkOverhead.fixed(Duration.ofNanos(Math.round(options.emulatedOverheadMs() * 1e6)))
                : NetworkOverhead.none();
        // Class-data-sharing archives are trained per code version, and every round deploys new code:
        // the training would compete for the CPU with the very loads being measured.
        return PlatformSettings.defaults().toBuilder().keepAlive(options.keepAlive()).networkOverhead(overhead)
                .initTimeout(INIT_TIMEOUT).classDataSharing(false).build();
    }

    private Testbed.TestbedOptions testbedOptions(Path state) {
        return new Testbed.TestbedOptions(options.application(), state, FUNCTION_TIMEOUT_SECONDS,
                Map.of(DataDirectory.ENVIRONMENT_VARIABLE, state.resolve("data").toAbsolutePath().toString()));
    }

    private static String summary(Measurement measured) {
        SetupRun run = measured.run();
        return String.format(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms, $%.4f per 1k requests, %d cold starts, "
                + "%.2f invocations per request, %d of %d failed, CPU %s", run.name(), run.latency().p50(),
                run.latency().p99(), run.costPer1kUsd(), run.coldStarts(), run.invocationsPerRequest(), run.failed(),
                run.requests(), run.cpu().measured() ? String.format(Locale.ROOT, "%.0f %%", run.cpu().mean() * 100)
                        : "not measured");
    }

    private void say(String line) {
        options.log().accept(line);
    }

    /** The four measured parts of an experiment. */
    private record Measured(Measurement remote, Measurement local, Trajectory trajectory, Measurement optimized) {
    }
}
