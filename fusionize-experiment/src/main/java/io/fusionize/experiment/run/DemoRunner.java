package io.fusionize.experiment.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.deploy.load.RequestChoice;

/**
 * The demo: optimizes the IoT application on an embedded platform under a short constant load,
 * measures all-remote and the optimized setup in two alternating blocks each and all-local once,
 * prints the before/after table, and writes the full report like an experiment does. It builds
 * nothing itself. To stay within five minutes on two cores with the second pair of blocks, every
 * load is a constant 3 requests/s for 6 s after a 4 s warm-up.
 */
public final class DemoRunner {

    /** The application the demo optimizes. */
    public static final String APPLICATION = "iot";
    /** The demo's load: every block and every optimizer round gets 3 requests per second for 6 s. */
    public static final String WORKLOAD = "constant:3:6";
    /** Blocks of all-remote and of the optimized setup, alternating. */
    public static final int REPETITIONS = 2;
    /** The one memory size the demo's optimizer keeps, so that it explores fusion only and stays short. */
    public static final List<Integer> MEMORY_SIZES = List.of(1024);
    /** The unmeasured warm-up before each of the demo's loads. */
    public static final Duration WARM_UP = Duration.ofSeconds(4);

    /**
     * The network overhead the demo's platform adds to every synchronous invocation, in ms, unless
     * told otherwise: a loopback hop costs well under a millisecond, a hop between functions in a
     * cloud region tens of milliseconds, and the demo shows what fusion buys there.
     */
    public static final double DEFAULT_EMULATED_OVERHEAD_MS = 25;

    private final Path outputDirectory;
    private final PlatformStarter starter;
    private final PrintStream out;
    private final double emulatedOverheadMs;
    private final long startNanos = System.nanoTime();
    private ExperimentObserver observer = ExperimentObserver.NONE;
    private RequestChoice requests = RequestChoice.defaults();

    /**
     * @param outputDirectory where the report goes
     * @param starter starts the embedded platform
     * @param out where progress and the table are printed
     */
    public DemoRunner(Path outputDirectory, PlatformStarter starter, PrintStream out) {
        this(outputDirectory, starter, out, DEFAULT_EMULATED_OVERHEAD_MS);
    }

    /**
     * @param outputDirectory where the report goes
     * @param starter starts the embedded platform
     * @param out where progress and the table are printed
     * @param emulatedOverheadMs network overhead added to every synchronous invocation, in ms; 0 for none
     * @throws IllegalArgumentException if the overhead is negative or not a number
     */
    public DemoRunner(Path outputDirectory, PlatformStarter starter, PrintStream out, double emulatedOverheadMs) {
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory must not be null");
        this.starter = Objects.requireNonNull(starter, "starter must not be null");
        this.out = Objects.requireNonNull(out, "out must not be null");
        if (!(emulatedOverheadMs >= 0)) {
            throw new IllegalArgumentException("the emulated overhead must be 0 or more ms, not " + emulatedOverheadMs);
        }
        this.emulatedOverheadMs = emulatedOverheadMs;
    }

    /**
     * @param follower follows the demo's rounds and blocks as they are measured, e.g. a dashboard
     * @return this demo
     */
    public DemoRunner observedBy(ExperimentObserver follower) {
        this.observer = Objects.requireNonNull(follower, "follower must not be null");
        return this;
    }

    /**
     * @param choice which requests the demo's loads send; default IoT's own, seed 42
     * @return this demo
     */
    public DemoRunner requests(RequestChoice choice) {
        this.requests = Objects.requireNonNull(choice, "choice must not be null");
        return this;
    }

    /** @return the experiment options the demo runs with */
    public ExperimentOptions options() {
        ProgressListener progress = ProgressListener.onConsole(out);
        return ExperimentOptions.builder(APPLICATION, WORKLOAD, outputDirectory).quick(true)
                .memorySizesMb(MEMORY_SIZES).emulatedOverheadMs(emulatedOverheadMs).warmUp(WARM_UP).maxRounds(10).repetitions(REPETITIONS).progress(progress).log(this::progressLine)
                .requests(requests).build();
    }

    /**
     * Runs the demo and prints its table.
     *
     * @return the finished experiment
     * @throws IOException when the report cannot be written
     * @throws InterruptedException when interrupted
     */
    public ExperimentOutcome run() throws IOException, InterruptedException {
        out.println("Fusionize demo: optimizing the IoT application on an embedded local platform.");
        out.println("Each optimizer round and each block gets " + WORKLOAD + " (requests/s:seconds); all-remote"
                + " and optimized alternate in " + REPETITIONS + " blocks each.");
        out.println(overheadLine());
        ExperimentOutcome outcome = new ExperimentRunner(options(), starter, observer).run();
        printTable(outcome);
        return outcome;
    }

    private String overheadLine() {
        return emulatedOverheadMs > 0
                ? String.format(Locale.ROOT, "The platform adds %.0f ms to every synchronous invocation, as a network hop"
                        + " in a cloud region costs (--emulated-overhead-ms 0 turns it off).", emulatedOverheadMs)
                : "No network overhead is emulated: a remote call costs only a loopback hop.";
    }

    private void printTable(ExperimentOutcome outcome) {
        out.println();
        out.print(BeforeAfterTable.render(outcome.result()));
        out.println();
        outcome.result().run("optimized").ifPresent(run -> out.println("optimized setup: " + run.setup()));
        out.println("setups deployed while optimizing: " + outcome.trajectory().deployments()
                + (outcome.trajectory().converged() ? " (converged)" : " (stopped before converging)"));
        out.println(String.format(Locale.ROOT, "took %d s; full report: %s", outcome.took().toSeconds(),
                outcome.files().markdown().toAbsolutePath()));
    }

    private void progressLine(String line) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        out.println(String.format(Locale.ROOT, "[%02d:%02d] %s", elapsed.toMinutes(), elapsed.toSecondsPart(), line));
    }
}
