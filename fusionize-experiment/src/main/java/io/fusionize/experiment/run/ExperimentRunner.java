package io.fusionize.experiment.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.ReportFiles;
import io.fusionize.experiment.report.ReportWriter;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.SetupJudge;
import io.fusionize.platform.PlatformSettings;

/**
 * Runs one experiment on an embedded platform: it runs the optimizer's trajectory (each round under
 * a steady load of its own), then measures all-remote and the final optimized setup in alternating
 * blocks on the same workload, then all-local once, each block deployed
 * fresh, and writes the report. Round 1 is all-remote too, but it ran long before the optimized
 * setup, under whatever else the machine was doing then.
 *
 * <pre>{@code
 * ExperimentOutcome outcome = new ExperimentRunner(ExperimentOptions.builder("iot", "bursty", out).build(),
 *         EmbeddedPlatform::start).run();
 * }</pre>
 */
public final class ExperimentRunner {

    private final ExperimentOptions options;
    private final PlatformStarter starter;
    private final ExperimentObserver observer;

    /**
     * @param options how to run
     * @param starter starts the platform
     */
    public ExperimentRunner(ExperimentOptions options, PlatformStarter starter) {
        this(options, starter, ExperimentObserver.NONE);
    }

    /**
     * @param options how to run
     * @param starter starts the platform
     * @param observer follows the rounds and the compared blocks as they are measured
     */
    public ExperimentRunner(ExperimentOptions options, PlatformStarter starter, ExperimentObserver observer) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.starter = Objects.requireNonNull(starter, "starter must not be null");
        this.observer = Objects.requireNonNull(observer, "observer must not be null");
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
        LoadRequests requests = options.requests().resolve(Applications.find(options.application()));
        Path state = StateDirectory.prepare(options.stateDirectory());
        PlatformSettings settings = ExperimentPlatform.settings(options);
        say("workload: " + plan.description() + " (scale " + plan.scale().basis() + ")");
        say("optimizer rounds: " + plan.rounds().description() + ", optimizer " + options.optimizer());
        say("requests: " + requests.origin().describe());
        try (Testbed testbed = Testbed.open(starter.start(state.resolve("platform"), settings),
                ExperimentPlatform.testbed(options, state), this::say)) {
            Measured measured = measureAll(testbed, plan, requests);
            ExperimentResult result = new ResultAssembler(testbed.application().name(), plan,
                    PlatformDescription.of(settings, testbed.reportFlags(), options), calibration, options.optimizer(),
                    requests.origin())
                    .assemble(measured.blocks(), measured.trajectory());
            ReportFiles files = ReportWriter.write(result, options.outputDirectory());
            return new ExperimentOutcome(result, files, measured.trajectory(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Measured measureAll(Testbed testbed, WorkloadPlan plan, LoadRequests requests)
            throws InterruptedException {
        SetupMeasurer measurer = new SetupMeasurer(testbed, options.progress(), requests);
        Application application = testbed.application();
        Trajectory trajectory = rounds(measurer, plan).run(testbed);
        say("optimized setup: v" + trajectory.best().version() + ", measured again fresh in every block");
        List<MeasuredBlock> blocks = new ComparedSetups(measurer, plan.comparedLoad(), options.repetitions(),
                this::say, observer).measure(SetupGenerators.allRemote(application), trajectory.best(),
                        SetupGenerators.allLocal(application));
        return new Measured(blocks, trajectory);
    }

    private OptimizationRounds rounds(Measurer measurer, WorkloadPlan plan) {
        int expected = plan.roundLoad().profile().schedule()
                .limitedTo(plan.roundLoad().maxRequests(), plan.roundLoad().maxDuration()).size();
        long minSamples = Math.max(5, expected / 2);
        Optimizer optimizer = ControlLoop.optimizerFor(options.optimizer(), options.memorySizesMb(),
                options.goal(), options.prices());
        // The optimized setup is the best by the same goal the optimizer aims for.
        RoundDecider decider = new RoundDecider(optimizer, new SetupJudge().withGoal(options.goal()), minSamples);
        return new OptimizationRounds(measurer, decider, plan.roundLoad(), options.maxRounds(), this::say, observer);
    }

    private void say(String line) {
        options.log().accept(line);
    }

    /** What an experiment measured: the compared setups' blocks and the optimizer's rounds. */
    private record Measured(List<MeasuredBlock> blocks, Trajectory trajectory) {
    }
}
