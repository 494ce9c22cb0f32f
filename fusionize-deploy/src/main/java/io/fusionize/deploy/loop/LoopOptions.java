package io.fusionize.deploy.loop;

import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.load.RequestChoice;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link ControlLoop} runs. Build with {@link #builder(String)}.
 *
 * @param application the application's name
 * @param stateDirectory where the loop, the monitor and an embedded platform keep their state
 * @param platformUrl a running platform to use, or {@code null} to start an embedded one
 * @param platformToken the bearer token of that platform, or {@code null} to read
 *     {@code STATE/token} of an embedded one
 * @param loadRate requests per second of the built-in steady load; 0 for none
 * @param roundRequests root requests per optimizer round, or 0 when rounds are timed
 * @param roundTime time per optimizer round, or {@code null} when rounds count requests
 * @param minSamples complete root requests a round needs at least before it decides
 * @param maxRounds rounds after which the loop stops, or 0 for no limit
 * @param optimizer the optimizer's name, one of {@link #OPTIMIZERS}: {@code fusionize} is the
 *     Fusionize++ heuristic, {@code model} the model-based optimizer
 * @param memorySizesMb the memory sizes the optimizer tries
 * @param functionTimeoutSeconds the timeout every function gets
 * @param gatewayPort the gateway's port, 0 for any free one
 * @param gatewayConcurrency how many root requests the gateway forwards at once
 * @param drainTimeout how long a replaced version may take to finish its requests
 * @param retireQuietPeriod how long a drained version stays deployed, so that its async work and
 *     retries still find it
 * @param requests which requests the built-in load sends, and their seed
 * @param extraEnvironment further variables for every function
 * @param goal what the optimizer aims for
 * @param architecture the instruction set whose AWS prices the optimizer forecasts with and an
 *     embedded platform bills with
 */
public record LoopOptions(String application, Path stateDirectory, URI platformUrl, String platformToken,
        double loadRate, long roundRequests, Duration roundTime, long minSamples, int maxRounds,
        String optimizer, List<Integer> memorySizesMb, int functionTimeoutSeconds, int gatewayPort,
        int gatewayConcurrency, Duration drainTimeout, Duration retireQuietPeriod, RequestChoice requests,
        Map<String, String> extraEnvironment, Goal goal, Architecture architecture) {

    /** The Fusionize++ heuristic: one fusion change per round, then one memory size per round. */
    public static final String FUSIONIZE_OPTIMIZER = "fusionize";

    /** The model-based optimizer: forecasts setups from a performance model fitted to what was measured. */
    public static final String MODEL_OPTIMIZER = "model";

    /** Every optimizer's name, in the order help and errors show them. */
    public static final List<String> OPTIMIZERS = List.of(FUSIONIZE_OPTIMIZER, MODEL_OPTIMIZER);

    /** Checks the parts. */
    public LoopOptions {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(stateDirectory, "state directory must not be null");
        Objects.requireNonNull(optimizer, "optimizer must not be null");
        Objects.requireNonNull(drainTimeout, "drain timeout must not be null");
        Objects.requireNonNull(retireQuietPeriod, "retire quiet period must not be null");
        Objects.requireNonNull(requests, "requests must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(architecture, "architecture must not be null");
        memorySizesMb = List.copyOf(memorySizesMb);
        extraEnvironment = Map.copyOf(extraEnvironment);
        requireNonNegative(loadRate, "load rate");
        requireNonNegative(roundRequests, "round requests");
        requireNonNegative(minSamples, "minimum samples");
        requireNonNegative(maxRounds, "max rounds");
        if (gatewayConcurrency < 1) {
            throw new IllegalArgumentException("gateway concurrency must be at least 1, was " + gatewayConcurrency);
        }
        if ((roundRequests > 0) == (roundTime != null)) {
            throw new IllegalArgumentException("give either round requests or round time, not both or neither");
        }
        if (roundTime != null && (roundTime.isNegative() || roundTime.isZero())) {
            throw new IllegalArgumentException("round time must be positive, was " + roundTime);
        }
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException(unknownOptimizer(optimizer));
        }
    }

    /**
     * @param application the application's name
     * @return a builder with the defaults
     */
    public static Builder builder(String application) {
        return new Builder(application);
    }

    /**
     * @param name a name that is not one of {@link #OPTIMIZERS}
     * @return the error message for it, naming the accepted values
     */
    public static String unknownOptimizer(String name) {
        return "unknown optimizer '" + name + "'; choose " + String.join(" or ", OPTIMIZERS);
    }

    /** @return AWS's prices on {@link #architecture}, init billed */
    public PriceTable prices() {
        return PriceTable.aws(architecture);
    }

    private static void requireNonNegative(double value, String what) {
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
    }

    /** Collects options; every setter returns the builder. */
    public static final class Builder {

        private final String application;
        private Path stateDirectory = Path.of("fusionize-state");
        private URI platformUrl;
        private String platformToken;
        private double loadRate;
        private long roundRequests = 200;
        private Duration roundTime;
        private long minSamples = 30;
        private int maxRounds;
        private String optimizer = FUSIONIZE_OPTIMIZER;
        private Goal goal = Goal.BALANCED;
        private Architecture architecture = Architecture.X86_64;
        private List<Integer> memorySizesMb = List.of(128, 768, 1024, 1536, 1650, 2048);
        private int functionTimeoutSeconds = DeployOptions.DEFAULT_TIMEOUT_SECONDS;
        private int gatewayPort;
        private int gatewayConcurrency = Gateway.DEFAULT_MAX_CONCURRENT_REQUESTS;
        private Duration drainTimeout = Duration.ofMinutes(15);
        private Duration retireQuietPeriod = Duration.ofSeconds(30);
        private RequestChoice requests = RequestChoice.defaults();
        private Map<String, String> extraEnvironment = Map.of();

        private Builder(String application) {
            this.application = application;
        }

        /** @param value the state directory @return this builder */
        public Builder stateDirectory(Path value) {
            stateDirectory = value;
            return this;
        }

        /** @param url a running platform @param token its bearer token, or null @return this builder */
        public Builder platform(URI url, String token) {
            platformUrl = url;
            platformToken = token;
            return this;
        }

        /** @param requestsPerSecond the built-in load's rate, 0 for none @return this builder */
        public Builder loadRate(double requestsPerSecond) {
            loadRate = requestsPerSecond;
            return this;
        }

        /** @param requests root requests per round @return this builder */
        public Builder roundRequests(long requests) {
            roundRequests = requests;
            roundTime = null;
            return this;
        }

        /** @param time time per round @return this builder */
        public Builder roundTime(Duration time) {
            roundTime = time;
            roundRequests = 0;
            return this;
        }

        /** @param samples complete root requests a round needs at least @return this builder */
        public Builder minSamples(long samples) {
            minSamples = samples;
            return this;
        }

        /** @param rounds rounds before the loop stops, 0 for no limit @return this builder */
        public Builder maxRounds(int rounds) {
            maxRounds = rounds;
            return this;
        }

        /** @param name the optimizer's name, one of {@link LoopOptions#OPTIMIZERS} @return this builder */
        public Builder optimizer(String name) {
            optimizer = name;
            return this;
        }

        /** @param sizes the memory sizes to try, in MB @return this builder */
        public Builder memorySizesMb(List<Integer> sizes) {
            memorySizesMb = sizes;
            return this;
        }

        /** @param seconds every function's timeout @return this builder */
        public Builder functionTimeoutSeconds(int seconds) {
            functionTimeoutSeconds = seconds;
            return this;
        }

        /** @param port the gateway's port, 0 for any @return this builder */
        public Builder gatewayPort(int port) {
            gatewayPort = port;
            return this;
        }

        /** @param requests how many root requests the gateway forwards at once @return this builder */
        public Builder gatewayConcurrency(int requests) {
            gatewayConcurrency = requests;
            return this;
        }

        /** @param timeout how long a replaced version may drain @return this builder */
        public Builder drainTimeout(Duration timeout) {
            drainTimeout = timeout;
            return this;
        }

        /** @param period how long drained versions stay deployed @return this builder */
        public Builder retireQuietPeriod(Duration period) {
            retireQuietPeriod = period;
            return this;
        }

        /** @param choice which requests the built-in load sends @return this builder */
        public Builder requests(RequestChoice choice) {
            requests = choice;
            return this;
        }

        /** @param value what the optimizer aims for @return this builder */
        public Builder goal(Goal value) {
            goal = value;
            return this;
        }

        /** @param value the instruction set whose prices to use @return this builder */
        public Builder architecture(Architecture value) {
            architecture = value;
            return this;
        }

        /** @param environment further function variables @return this builder */
        public Builder extraEnvironment(Map<String, String> environment) {
            extraEnvironment = environment;
            return this;
        }

        /** @return the options */
        public LoopOptions build() {
            return new LoopOptions(application, stateDirectory, platformUrl, platformToken, loadRate,
                    roundRequests, roundTime, minSamples, maxRounds, optimizer, memorySizesMb,
                    functionTimeoutSeconds, gatewayPort, gatewayConcurrency, drainTimeout, retireQuietPeriod,
                    requests, extraEnvironment, goal, architecture);
        }
    }
}
