package io.fusionize.cli.explore;

import io.fusionize.api.Application;
import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.options.RequestsOption;
import io.fusionize.cli.support.GracefulShutdown;
import io.fusionize.cli.support.LogLine;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.cli.support.WriterStream;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.deploy.loop.EmbeddedPlatform;
import io.fusionize.experiment.explore.Exploration;
import io.fusionize.experiment.explore.ExploreOptions;
import io.fusionize.experiment.explore.Explorer;
import io.fusionize.experiment.explore.MeasuredSetup;
import io.fusionize.experiment.explore.Oracle;
import io.fusionize.experiment.explore.OracleReport;
import io.fusionize.experiment.explore.RoutingChoice;
import io.fusionize.experiment.explore.SetupSpace;
import io.fusionize.experiment.run.ExperimentOptions;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize explore}: measures an application's setups and writes the oracle. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Measures the setups of an application on the local platform, so that optimizers can be"
            + " held against the best setup there is.",
            "A routing chooses, for every call, whether the callee runs inline in its caller's function or"
            + " remotely; a setup is a routing with one memory size for all functions. It measures all-remote,"
            + " all-local and the routings --routings chooses at every --sizes size, in passes that alternate"
            + " their order, each setup deployed fresh for each pass, and writes to DIR: oracle.json (every"
            + " setup's p50 with its 95 %% interval, p95, cost and failures, the Pareto front of p50 and cost, the"
            + " best setup per objective), oracle.md and front.png. Ctrl-C writes what was measured so far."})
public final class ExploreCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the measurement under way to end and the files to be written. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(120);

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD",
            description = "constant:RATE:SECONDS, bursty, ramp, coldstart:N or replay:FILE, as for experiment;"
                + " every setup gets it in every pass.")
    private String workload;

    @Option(names = "--sizes", paramLabel = "MB", split = ",",
            description = "The memory sizes; each routing is measured with every function at each (default: 1024).")
    private List<Integer> sizesMb;

    @Option(names = "--routings", paramLabel = "CHOICE", defaultValue = "all+sample:4",
            description = "all (every routing in which async calls stay remote), sample:N (N more drawn from the"
                + " rest of the space with --seed), or all+sample:N; all-remote and all-local are always measured"
                + " (default: ${DEFAULT-VALUE}).")
    private String routings;

    @Mixin private RequestsOption requests;

    @Option(names = "--emulated-overhead-ms", paramLabel = "X", defaultValue = "0",
            description = "Emulated network overhead per synchronous invocation, in ms (default: ${DEFAULT-VALUE},"
                + " off).")
    private double emulatedOverheadMs;

    @Option(names = "--quick", description = "Shorter loads: rate workloads cut at 30 s per pass, cold-start"
            + " workloads 10 requests per setup over all passes, 6 s warm-ups.")
    private boolean quick;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where the oracle goes; the platform's state goes to DIR/state.")
    private Path outputDirectory;

    /** Explores, prints the best setups and where the oracle is. */
    @Override
    public Integer call() throws IOException {
        Application application = app.application(); // an unknown application is reported before anything starts
        PrintStream out = WriterStream.of(spec.commandLine().getOut());
        ExploreOptions options = options(application, out);
        Explorer explorer = new Explorer(options, EmbeddedPlatform::start);
        GracefulShutdown shutdown = GracefulShutdown.install(explorer::stop, SHUTDOWN_GRACE);
        Exploration exploration;
        try {
            out.println(LogLine.stamped("Ctrl-C ends the exploration and writes what was measured"));
            exploration = explorer.run();
        } finally {
            shutdown.done();
        }
        print(exploration, out);
        return 0;
    }

    /** Builds the options; their checks run before anything starts. */
    ExploreOptions options(Application application, PrintStream out) {
        RoutingChoice choice = routingChoice(application);
        List<Integer> sizes = sizes();
        LoadProfiles.parse(workload, Duration.ofSeconds(1)); // a bad workload or replay file is reported now
        requests.check(application);
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw new UserInputException("--out " + outputDirectory + " is a file; give a directory");
        }
        ExperimentOptions experiment = ExperimentOptions.builder(app.name(), workload, outputDirectory).quick(quick)
                .emulatedOverheadMs(emulatedOverheadMs).memorySizesMb(sizes).requests(requests.choice())
                .progress(ProgressListener.onConsole(out)).log(line -> out.println(LogLine.stamped(line))).build();
        return new ExploreOptions(experiment, sizes, choice, ExploreOptions.DEFAULT_PASSES);
    }

    private RoutingChoice routingChoice(Application application) {
        RoutingChoice choice;
        try {
            choice = RoutingChoice.parse(routings);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        int syncEdges = SetupSpace.of(application).syncEdges().size();
        if (choice.all() && syncEdges > SetupSpace.MAX_ENUMERATED_EDGES) {
            throw new ParameterException(spec.commandLine(), "--routings all would measure 2^" + syncEdges
                    + " routings of " + application.name() + "; give sample:N");
        }
        return choice;
    }

    private List<Integer> sizes() {
        if (sizesMb == null) {
            return ExploreOptions.DEFAULT_SIZES;
        }
        if (sizesMb.stream().anyMatch(size -> !LambdaLimits.isValidMemory(size))) {
            throw new ParameterException(spec.commandLine(), "--sizes must be between " + LambdaLimits.MIN_MEMORY_MB
                    + " and " + LambdaLimits.MAX_MEMORY_MB + " MB, were " + sizesMb);
        }
        if (new HashSet<>(sizesMb).size() != sizesMb.size()) {
            throw new ParameterException(spec.commandLine(), "--sizes must name each size once, were " + sizesMb);
        }
        return List.copyOf(sizesMb);
    }

    private void print(Exploration exploration, PrintStream out) {
        Oracle oracle = exploration.oracle();
        out.println();
        out.println(String.format(Locale.ROOT, "%s %d of %d planned setups (the space holds %s); %d on the front",
                exploration.stopped() ? "stopped early: measured" : "measured", oracle.measured(),
                exploration.planned(), exploration.space().describe(), oracle.front().size()));
        printBest("balanced", oracle.best().balanced(), oracle, out);
        printBest("latency", oracle.best().latency(), oracle, out);
        printBest("cost", oracle.best().cost(), oracle, out);
        out.println("oracle: " + outputDirectory.resolve(OracleReport.FILE).toAbsolutePath() + " (took "
                + exploration.took().toSeconds() + " s)");
        out.flush();
    }

    private static void printBest(String objective, Integer index, Oracle oracle, PrintStream out) {
        if (index == null) {
            out.println("best " + objective + ": none; no setup had every request answered");
            return;
        }
        MeasuredSetup best = oracle.setups().get(index);
        out.println(String.format(Locale.ROOT, "best %s: #%d %s (p50 %.1f ms, $%.4f per 1k requests)", objective,
                index, best.setup(), best.p50Ms(), best.costPer1kUsd()));
    }
}
