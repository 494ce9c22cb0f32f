package io.fusionize.cli.demo;

import io.fusionize.cli.options.DashboardOption;
import io.fusionize.cli.options.OtlpOption;
import io.fusionize.cli.options.RequestsOption;
import io.fusionize.cli.support.Observation;
import io.fusionize.cli.support.WriterStream;
import io.fusionize.core.app.Applications;
import io.fusionize.dashboard.DashboardModel;
import io.fusionize.dashboard.DashboardSession;
import io.fusionize.dashboard.SnapshotFile;
import io.fusionize.deploy.loop.EmbeddedPlatform;
import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.experiment.run.DemoRunner;
import io.fusionize.experiment.run.ExperimentOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fusionize demo}: optimizes the IoT application on an embedded platform and prints the
 * before/after table; {@code --in-process} instead compares three setups of one request in this JVM.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Optimizes the IoT application on an embedded platform and prints the before/after table.",
            "Runs the IoT application under a short constant load (a few minutes), and prints all-remote, optimized and all-local side by side: latency, cost per"
            + " 1,000 requests, invocations per request and failures. The full report goes to DIR.",
            "With --in-process: runs one request (seeded with --seed) in this JVM under all-remote, all-local and a"
                + " mixed setup instead, and shows that the result is the same while the invocations differ"
                + " (takes seconds)."})
public final class DemoCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Where the full report goes (default: ${DEFAULT-VALUE}).")
    private Path outputDirectory;

    @Option(names = "--emulated-overhead-ms", paramLabel = "X",
            description = "Network overhead the platform adds to every synchronous invocation, in ms, as a hop"
                    + " between functions in a cloud region costs; 0 turns it off (default: 25).")
    private Double emulatedOverheadMs;

    @Option(names = "--in-process", description = "Compare three setups of one request in this JVM instead.")
    private boolean inProcess;

    @Option(names = "--app", paramLabel = "APP",
            description = "With --in-process: the application (default: iot).")
    private String applicationName;

    @Mixin private RequestsOption requests;

    @Mixin private DashboardOption dashboard;

    /** Runs the chosen demo. */
    @Override
    public Integer call() throws IOException, InterruptedException {
        if (inProcess) {
            if (requests.fileGiven()) {
                throw new ParameterException(spec.commandLine(), "--requests applies to the demo's load, not to"
                        + " --in-process, which runs one request seeded with --seed");
            }
            InProcessDemo.run(applicationName == null ? "iot" : applicationName, requests.seed(),
                    spec.commandLine().getOut());
            return 0;
        }
        if (applicationName != null) {
            throw new ParameterException(spec.commandLine(), "--app applies to --in-process only;"
                    + " the demo optimizes " + DemoRunner.APPLICATION);
        }
        double overhead = emulatedOverheadMs == null ? DemoRunner.DEFAULT_EMULATED_OVERHEAD_MS : emulatedOverheadMs;
        if (!(overhead >= 0)) {
            throw new ParameterException(spec.commandLine(), "--emulated-overhead-ms must be 0 or more, not "
                    + emulatedOverheadMs);
        }
        requests.check(Applications.find(DemoRunner.APPLICATION));
        PrintStream out = WriterStream.of(spec.commandLine().getOut());
        try (Observation observation = Observation.open(dashboard, new OtlpOption(), new DashboardSession.Options(
                DemoRunner.APPLICATION, DashboardModel.MODE_EXPERIMENT, LoopOptions.FUSIONIZE_OPTIMIZER,
                DemoRunner.MEMORY_SIZES, 0, outputDirectory.resolve(SnapshotFile.NAME)), out::println)) {
            ExperimentOutcome outcome = new DemoRunner(outputDirectory, observation.watching(EmbeddedPlatform::start),
                    out, overhead).observedBy(observation.experimentObserver()).requests(requests.choice()).run();
            observation.finished("finished; report: " + outcome.files().markdown().toAbsolutePath());
        }
        return 0;
    }
}
