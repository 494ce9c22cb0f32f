package io.fusionize.experiment.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.experiment.run.AppCalibration;
import io.fusionize.experiment.run.ExperimentOptions;
import io.fusionize.experiment.run.ExperimentPlatform;
import io.fusionize.experiment.run.Measurement;
import io.fusionize.experiment.run.PlatformStarter;
import io.fusionize.experiment.run.SetupMeasurer;
import io.fusionize.experiment.run.SetupMeasurer.BoundedLoad;
import io.fusionize.experiment.run.StateDirectory;
import io.fusionize.experiment.run.Testbed;
import io.fusionize.experiment.run.WorkloadPlan;

/**
 * Explores an application's setups on an embedded platform: chooses the setups
 * ({@link SetupSelection}), measures each under the experiment's workload in alternating passes,
 * every measurement on a fresh deployment after an unmeasured warm-up (rate workloads), and writes
 * {@code oracle.json}, {@code oracle.md} and {@code front.png}. {@link #stop()} ends it early; what
 * was measured until then is written.
 *
 * <pre>{@code
 * Exploration found = new Explorer(new ExploreOptions(experiment, List.of(1024), RoutingChoice.DEFAULT, 2),
 *         EmbeddedPlatform::start).run();
 * }</pre>
 */
public final class Explorer {

    private final ExploreOptions options;
    private final PlatformStarter starter;
    private volatile boolean stopped;
    private Thread runner;

    /**
     * @param options how to explore
     * @param starter starts the platform
     */
    public Explorer(ExploreOptions options, PlatformStarter starter) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.starter = Objects.requireNonNull(starter, "starter must not be null");
    }

    /**
     * Explores and writes the files into the experiment's output directory.
     *
     * @return what was found
     * @throws IOException when the state directory or the files cannot be written
     * @throws RuntimeException when a measurement failed; what was measured before is written first
     */
    public Exploration run() throws IOException {
        long start = System.nanoTime();
        ExperimentOptions experiment = options.experiment();
        Application application = Applications.find(experiment.application());
        SetupSpace space = SetupSpace.of(application);
        List<Setup> setups = SetupSelection.select(space, options.routings(), options.seed(), options.sizesMb());
        BoundedLoad load = passLoad(WorkloadPlan.resolve(experiment, AppCalibration.of(experiment.application())));
        LoadRequests requests = experiment.requests().resolve(application);
        SpaceSize size = space.size(options.sizesMb().size());
        say("space: " + size.describe());
        say(String.format(Locale.ROOT, "measuring %d setups (routings %s) in %d passes of %s", setups.size(),
                options.routings().describe(), options.passes(), describe(load)));
        MeasuringPasses.Result result = measure(setups, load, requests);
        Exploration exploration = new Exploration(application.name(), describe(load), conditions(requests), size,
                options.routings().describe(), options.passes(), setups.size(), oracle(size, setups, result),
                Duration.ofNanos(System.nanoTime() - start), !result.complete());
        ExplorationWriter.write(exploration, experiment.outputDirectory());
        if (result.error().isPresent()) {
            throw result.error().get();
        }
        return exploration;
    }

    /** Asks a running exploration to end: the measurement under way is abandoned, the rest skipped. */
    public synchronized void stop() {
        stopped = true;
        if (runner != null) {
            runner.interrupt();
        }
    }

    // While it measures, the thread may be interrupted by a stop; afterwards it closes and writes undisturbed.
    private synchronized void measuring(boolean now) {
        runner = now ? Thread.currentThread() : null;
        if (!now) {
            Thread.interrupted();
        }
    }

    private MeasuringPasses.Result measure(List<Setup> setups, BoundedLoad load, LoadRequests requests)
            throws IOException {
        ExperimentOptions experiment = options.experiment();
        Path state = StateDirectory.prepare(experiment.stateDirectory());
        try (Testbed testbed = Testbed.open(starter.start(state.resolve("platform"),
                ExperimentPlatform.settings(experiment)), ExperimentPlatform.testbed(experiment, state), this::say)) {
            SetupMeasurer measurer = new SetupMeasurer(testbed, experiment.progress(), requests);
            measuring(true);
            try {
                return new MeasuringPasses(measurer, load, options.passes(), this::say, () -> stopped).measure(setups);
            } finally {
                measuring(false);
            }
        }
    }

    private static Oracle oracle(SpaceSize size, List<Setup> setups, MeasuringPasses.Result result) {
        List<MeasuredSetup> rows = new ArrayList<>();
        OptionalInt allRemote = OptionalInt.empty();
        for (Map.Entry<Integer, List<Measurement>> measured : result.measurements().entrySet()) {
            // the selection puts all-remote at the first size first: the balanced objective's reference
            if (measured.getKey() == 0) {
                allRemote = OptionalInt.of(rows.size());
            }
            rows.add(MeasuredSetup.pooled(SetupSpace.text(setups.get(measured.getKey())), measured.getValue()));
        }
        return Oracle.of(size.setups(), rows, allRemote);
    }

    // The quick experiment's cold-start requests are shared among the passes, so that a setup gets as many.
    private BoundedLoad passLoad(WorkloadPlan plan) {
        BoundedLoad load = plan.comparedLoad();
        if (!options.experiment().quick() || !options.experiment().coldStartWorkload()) {
            return load;
        }
        int perPass = (WorkloadPlan.QUICK_COLD_STARTS + options.passes() - 1) / options.passes();
        return new BoundedLoad(load.profile(), perPass, load.maxDuration(), load.warmUp());
    }

    private static String describe(BoundedLoad load) {
        StringBuilder text = new StringBuilder(load.description());
        if (load.maxRequests() != Integer.MAX_VALUE) {
            text.append(String.format(Locale.ROOT, ", at most %d requests", load.maxRequests()));
        }
        if (load.maxDuration().compareTo(Duration.ofHours(1)) < 0) {
            text.append(String.format(Locale.ROOT, ", cut at %d s", load.maxDuration().toSeconds()));
        }
        return text.toString();
    }

    private String conditions(LoadRequests requests) {
        double overhead = options.experiment().emulatedOverheadMs();
        String network = overhead > 0
                ? String.format(Locale.ROOT, "%.0f ms of emulated network overhead per synchronous invocation", overhead)
                : "no emulated network overhead";
        return network + "; requests: " + requests.origin().describe();
    }

    private void say(String line) {
        options.experiment().log().accept(line);
    }
}
