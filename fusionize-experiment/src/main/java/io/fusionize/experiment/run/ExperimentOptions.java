package io.fusionize.experiment.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.deploy.load.RequestChoice;
import io.fusionize.optimizer.Goal;
import io.fusionize.optimizer.HeuristicOptions;
import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.billing.PriceTable;

/**
 * How an experiment runs. Build with {@link #builder(String, String, Path)}; the defaults are the
 * full experiment, and {@link Builder#quick(boolean)} switches to the reduced one.
 *
 * @param application the application's name, e.g. {@code iot}
 * @param workload the workload's short form, e.g. {@code bursty} or {@code coldstart:10}
 * @param quick whether to run the reduced experiment: shorter rounds, fewer memory sizes,
 *     shorter workloads
 * @param emulatedOverheadMs the emulated network overhead per synchronous invocation, in ms; 0 for off
 * @param outputDirectory where the report goes
 * @param stateDirectory where the platform, the monitor and packages keep their state
 * @param roundLength how long each optimizer round's steady load runs
 * @param warmUp how long the unmeasured warm-up before each measured load runs
 * @param memorySizesMb the memory sizes the optimizer tries
 * @param maxRounds the most setups the optimizer may deploy
 * @param keepAlive the platform's keep-alive; cold-start workloads space requests beyond it
 * @param targetUtilization the share of the machine's cores a workload's peak may use, in (0, 1]
 * @param cores the machine's cores
 * @param progress receives the load generator's progress
 * @param log receives one line per step
 * @param repetitions how many alternating blocks all-remote and the optimized setup are each measured in
 * @param optimizer the optimizer's name, one of {@link LoopOptions#OPTIMIZERS}
 * @param requests which requests every load sends, and their seed
 * @param goal what the optimizer aims for
 * @param architecture the instruction set whose AWS prices the optimizer forecasts with and the
 *     platform bills with
 */
public record ExperimentOptions(String application, String workload, boolean quick, double emulatedOverheadMs,
        Path outputDirectory, Path stateDirectory, Duration roundLength, Duration warmUp, List<Integer> memorySizesMb,
        int maxRounds,
        Duration keepAlive, double targetUtilization, int cores, ProgressListener progress, Consumer<String> log,
        int repetitions, String optimizer, RequestChoice requests, Goal goal, Architecture architecture) {

    /** @return AWS's prices on {@link #architecture}, init billed */
    public PriceTable prices() {
        return PriceTable.aws(architecture);
    }

    /** The memory sizes the reduced experiment tries, in MB. */
    public static final List<Integer> QUICK_MEMORY_SIZES = List.of(512, 1024, 2048);
    /** The keep-alive cold-start workloads run with: short, so that spacing past it stays short. */
    public static final Duration COLD_START_KEEP_ALIVE = Duration.ofSeconds(2);

    /** Blocks per compared setup for rate workloads, whose blocks are short. */
    public static final int RATE_REPETITIONS = 3;
    /** Blocks per compared setup for cold-start workloads, whose blocks take minutes each. */
    public static final int COLD_START_REPETITIONS = 1;

    /** Checks the parts. */
    public ExperimentOptions {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(workload, "workload must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(architecture, "architecture must not be null");
        Objects.requireNonNull(outputDirectory, "outputDirectory must not be null");
        Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
        Objects.requireNonNull(roundLength, "roundLength must not be null");
        Objects.requireNonNull(warmUp, "warmUp must not be null");
        Objects.requireNonNull(keepAlive, "keepAlive must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        Objects.requireNonNull(log, "log must not be null");
        memorySizesMb = List.copyOf(memorySizesMb);
        if (!(emulatedOverheadMs >= 0) || Double.isInfinite(emulatedOverheadMs)) {
            throw new IllegalArgumentException("emulated overhead must be at least 0 ms, was " + emulatedOverheadMs);
        }
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("target utilization must be in (0, 1], was " + targetUtilization);
        }
        if (maxRounds < 1 || cores < 1) {
            throw new IllegalArgumentException("maxRounds and cores must be at least 1, were " + maxRounds + " and "
                    + cores);
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, was " + repetitions);
        }
        Objects.requireNonNull(optimizer, "optimizer must not be null");
        if (!LoopOptions.OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException(LoopOptions.unknownOptimizer(optimizer));
        }
        Objects.requireNonNull(requests, "requests must not be null");
        if (roundLength.isNegative() || roundLength.isZero()) {
            throw new IllegalArgumentException("round length must be positive, was " + roundLength);
        }
    }

    /**
     * @param application the application's name
     * @param workload the workload's short form
     * @param outputDirectory where the report goes
     * @return a builder with the full experiment's defaults
     */
    public static Builder builder(String application, String workload, Path outputDirectory) {
        return new Builder(application, workload, outputDirectory);
    }

    /** @return whether the workload is a cold-start one */
    public boolean coldStartWorkload() {
        return workload.strip().startsWith("coldstart");
    }

    /** Collects options; every setter returns the builder. */
    public static final class Builder {

        private final String application;
        private final String workload;
        private final Path outputDirectory;
        private boolean quick;
        private double emulatedOverheadMs;
        private Path stateDirectory;
        private Duration roundLength;
        private Duration warmUp;
        private List<Integer> memorySizesMb;
        private Integer maxRounds;
        private Duration keepAlive;
        private double targetUtilization = 0.5;
        private int cores = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.onConsole();
        private Consumer<String> log = line -> { };
        private Integer repetitions;
        private String optimizer = LoopOptions.FUSIONIZE_OPTIMIZER;
        private RequestChoice requests = RequestChoice.defaults();
        private Goal goal = Goal.BALANCED;
        private Architecture architecture = Architecture.X86_64;

        private Builder(String application, String workload, Path outputDirectory) {
            this.application = application;
            this.workload = workload;
            this.outputDirectory = outputDirectory;
        }

        /** @param value whether to run the reduced experiment @return this builder */
        public Builder quick(boolean value) {
            quick = value;
            return this;
        }

        /** @param millis emulated overhead per synchronous invocation, 0 for off @return this builder */
        public Builder emulatedOverheadMs(double millis) {
            emulatedOverheadMs = millis;
            return this;
        }

        /** @param directory the state directory; default {@code OUT/state} @return this builder */
        public Builder stateDirectory(Path directory) {
            stateDirectory = directory;
            return this;
        }

        /** @param length each optimizer round's load; default 40 s, quick 12 s @return this builder */
        public Builder roundLength(Duration length) {
            roundLength = length;
            return this;
        }

        /** @param length the unmeasured warm-up before each load; default 10 s, quick 6 s @return this builder */
        public Builder warmUp(Duration length) {
            warmUp = length;
            return this;
        }

        /** @param sizes the memory sizes to try; default the paper's, quick 512/1024/2048 @return this builder */
        public Builder memorySizesMb(List<Integer> sizes) {
            memorySizesMb = sizes;
            return this;
        }

        /** @param rounds the most setups the optimizer deploys; default 20, quick 12 @return this builder */
        public Builder maxRounds(int rounds) {
            maxRounds = rounds;
            return this;
        }

        /** @param value the platform's keep-alive; default 2 s for cold starts, else 60 s @return this builder */
        public Builder keepAlive(Duration value) {
            keepAlive = value;
            return this;
        }

        /** @param share the share of the cores a workload's peak may use; default 0.5 @return this builder */
        public Builder targetUtilization(double share) {
            targetUtilization = share;
            return this;
        }

        /** @param count the machine's cores; default what the JVM sees @return this builder */
        public Builder cores(int count) {
            cores = count;
            return this;
        }

        /** @param listener receives load progress; default a bar on a console @return this builder */
        public Builder progress(ProgressListener listener) {
            progress = listener;
            return this;
        }

        /** @param sink receives one line per step @return this builder */
        public Builder log(Consumer<String> sink) {
            log = sink;
            return this;
        }

        /**
         * @param count blocks per compared setup; default 3, or 1 for cold-start workloads
         * @return this builder
         */
        public Builder repetitions(int count) {
            repetitions = count;
            return this;
        }

        /**
         * @param name the optimizer, {@code fusionize} (the default) or {@code model}
         * @return this builder
         */
        public Builder optimizer(String name) {
            optimizer = name;
            return this;
        }

        /**
         * @param choice which requests every load sends; default the application's own, seed 42
         * @return this builder
         */
        public Builder requests(RequestChoice choice) {
            requests = choice;
            return this;
        }

        /** @param value what the optimizer aims for; default balanced @return this builder */
        public Builder goal(Goal value) {
            goal = value;
            return this;
        }

        /** @param value whose AWS prices to use; default x86_64 @return this builder */
        public Builder architecture(Architecture value) {
            architecture = value;
            return this;
        }

        /** @return the options */
        public ExperimentOptions build() {
            boolean coldStart = workload != null && workload.strip().startsWith("coldstart");
            return new ExperimentOptions(application, workload, quick, emulatedOverheadMs, outputDirectory,
                    stateDirectory != null ? stateDirectory : outputDirectory.resolve("state"),
                    roundLength != null ? roundLength : Duration.ofSeconds(quick ? 12 : 40),
                    warmUp != null ? warmUp : Duration.ofSeconds(quick ? 6 : 10),
                    memorySizesMb != null ? memorySizesMb
                            : quick ? QUICK_MEMORY_SIZES : HeuristicOptions.PAPER_MEMORY_SIZES,
                    maxRounds != null ? maxRounds : quick ? 12 : 20,
                    keepAlive != null ? keepAlive : coldStart ? COLD_START_KEEP_ALIVE : Duration.ofSeconds(60),
                    targetUtilization, cores, progress, log,
                    repetitions != null ? repetitions : coldStart ? COLD_START_REPETITIONS : RATE_REPETITIONS,
                    optimizer, requests, goal, architecture);
        }
    }
}
