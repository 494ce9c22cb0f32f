package io.fusionize.cli.experiment;

import io.fusionize.cli.options.AppOption;
import io.fusionize.cli.options.DashboardOption;
import io.fusionize.cli.options.OptimizerOption;
import io.fusionize.cli.options.OtlpOption;
import io.fusionize.cli.options.RequestsOption;
import io.fusionize.cli.support.LogLine;
import io.fusionize.cli.support.Observation;
import io.fusionize.cli.support.UserInputException;
import io.fusionize.cli.support.WriterStream;
import io.fusionize.dashboard.DashboardModel;
import io.fusionize.dashboard.DashboardSession;
import io.fusionize.dashboard.SnapshotFile;
import io.fusionize.deploy.loop.EmbeddedPlatform;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.experiment.run.BeforeAfterTable;
import io.fusionize.experiment.run.ExperimentOptions;
import io.fusionize.experiment.run.ExperimentOutcome;
import io.fusionize.experiment.run.ExperimentRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fusionize experiment}: measures baselines and the optimizer on one workload and writes a report. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Measures the baselines and the optimizer on one workload and writes a report.",
            "On an embedded platform it runs the optimizer round by round (a round during which the machine"
            + " saturated is measured again), then measures all-remote and the optimized setup in alternating"
            + " blocks (--repetitions of each, every block deployed fresh), then all-local once. It writes to DIR:"
            + " raw data, report.md (latency, cost, cold starts, invocations and failures per setup, against"
            + " all-remote, each setup's blocks pooled, and every block on its own), PNG plots and summary.json.",
            "Arrival rates are scaled to what this machine serves without saturating; the tasks' work never is."})
public final class ExperimentCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private AppOption app;

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD",
            description = "constant:RATE:SECONDS, bursty (the paper's 5 to 40 requests/s staircase), ramp,"
                + " coldstart:N (N requests, each cold) or replay:FILE (a CSV of timestamps in ms).")
    private String workload;

    @Option(names = "--quick", description = "A reduced experiment: shorter rounds and loads, three memory sizes.")
    private boolean quick;

    @Option(names = "--emulated-overhead-ms", paramLabel = "X", defaultValue = "0",
            description = "Emulated network overhead per synchronous invocation, in ms (default: ${DEFAULT-VALUE},"
                + " off).")
    private double emulatedOverheadMs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where the report goes; the platform's state goes to DIR/state.")
    private Path outputDirectory;

    @Option(names = "--round-seconds", paramLabel = "T",
            description = "How long each optimizer round's load runs (default: 40, quick 12).")
    private Long roundSeconds;

    @Option(names = "--max-rounds", paramLabel = "N",
            description = "The most setups the optimizer deploys (default: 20, quick 12).")
    private Integer maxRounds;

    @Option(names = "--memory-sizes", paramLabel = "MB", split = ",",
            description = "The memory sizes the optimizer tries, e.g. 512,1024,2048 (default: the paper's six;"
                + " quick 512,1024,2048).")
    private List<Integer> memorySizesMb;

    @Option(names = "--repetitions", paramLabel = "N",
            description = "Alternating blocks of all-remote and of the optimized setup, each (default: 3; 1 for"
                + " coldstart workloads, whose blocks take minutes).")
    private Integer repetitions;

    @Mixin private RequestsOption requests;

    @Mixin private OptimizerOption optimizer;

    @Mixin private DashboardOption dashboard;

    @Mixin private OtlpOption otlp;

    /** Runs the experiment and prints the before/after table and where the report is. */
    @Override
    public Integer call() throws IOException, InterruptedException {
        app.application(); // an unknown application is reported before anything starts
        checkOptions();
        PrintStream out = WriterStream.of(spec.commandLine().getOut());
        ExperimentOptions options = options(out);
        ExperimentOutcome outcome;
        try (Observation observation = Observation.open(dashboard, otlp, new DashboardSession.Options(app.name(),
                DashboardModel.MODE_EXPERIMENT, options.optimizer(), options.memorySizesMb(), 0,
                outputDirectory.resolve(SnapshotFile.NAME)), line -> out.println(LogLine.stamped(line)))) {
            outcome = new ExperimentRunner(options, observation.watching(EmbeddedPlatform::start),
                    observation.experimentObserver()).run();
            observation.finished("finished; report: " + outcome.files().markdown().toAbsolutePath());
        }
        out.println();
        out.print(BeforeAfterTable.render(outcome.result()));
        out.println("report: " + outcome.files().markdown().toAbsolutePath() + " (took "
                + outcome.took().toSeconds() + " s)");
        out.flush();
        return 0;
    }

    /** Builds the options; their checks run before anything starts. */
    ExperimentOptions options(PrintStream out) {
        ProgressListener progress = ProgressListener.onConsole(out);
        ExperimentOptions.Builder builder = ExperimentOptions.builder(app.name(), workload, outputDirectory)
                .quick(quick).emulatedOverheadMs(emulatedOverheadMs).progress(progress)
                .log(line -> out.println(LogLine.stamped(line)));
        if (roundSeconds != null) {
            builder.roundLength(Duration.ofSeconds(roundSeconds));
        }
        if (maxRounds != null) {
            builder.maxRounds(maxRounds);
        }
        if (memorySizesMb != null) {
            builder.memorySizesMb(memorySizesMb);
        }
        if (repetitions != null) {
            builder.repetitions(repetitions);
        }
        return builder.optimizer(optimizer.name()).goal(optimizer.goal()).architecture(optimizer.architecture())
                .requests(requests.choice()).build();
    }

    private void checkOptions() {
        // The workload's form is checked now, not after the platform has started; a replay file is read.
        LoadProfiles.parse(workload, Duration.ofSeconds(1));
        requests.check(app.application());
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw new UserInputException("--out " + outputDirectory + " is a file; give a directory");
        }
        if (roundSeconds != null && roundSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--round-seconds must be at least 1");
        }
        if (maxRounds != null && maxRounds < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rounds must be at least 1");
        }
        if (repetitions != null && repetitions < 1) {
            throw new ParameterException(spec.commandLine(), "--repetitions must be at least 1");
        }
        if (memorySizesMb != null && memorySizesMb.stream().anyMatch(size -> size < 128 || size > 10_240)) {
            throw new ParameterException(spec.commandLine(), "--memory-sizes must be between 128 and 10240 MB");
        }
        options(WriterStream.of(spec.commandLine().getOut()));
    }
}
