package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.gateway.GatewayObservation;
import io.fusionize.deploy.gateway.VersionRouter;
import io.fusionize.deploy.lambda.LambdaClients;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.monitor.TraceStore;
import io.fusionize.monitor.dto.ClientLatency;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.HeuristicOptions;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.SetupJudge;
import io.fusionize.optimizer.model.ModelOptimizer;
import io.fusionize.optimizer.model.ModelOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The loop behind {@code fusionize run}: it deploys the initial all-remote setup, serves root
 * requests through its gateway, and every round asks the monitor how the serving setup does,
 * marks it bad and rolls it back when it failed, or deploys the optimizer's next setup. After
 * convergence it keeps measuring. Every decision is printed in words and persisted, so a restart
 * resumes at the same round.
 *
 * <p>Start it with {@link #start(LoopOptions, Consumer)}, then call {@link #run()} (blocking) or
 * {@link #decideRoundIfDue()} from your own schedule; {@link #close()} prints the final setup.
 */
public final class ControlLoop implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final LoopOptions options;
    private final Consumer<String> out;
    private final PlatformConnection platform;
    private final TraceStore store;
    private final LambdaClient lambda;
    private final ApplicationCode code;
    private final ArtifactBuilder artifacts;
    private final VersionRouter router = new VersionRouter();
    private final Gateway gateway;
    private final Rollout rollout;
    private final RoundDecider decider;
    private final LoopStateFile stateFile;
    private final TraceVersionAudit audit = new TraceVersionAudit();
    private final AtomicLong gatewayRequests = new AtomicLong();
    private final AtomicLong gatewayFailures = new AtomicLong();
    private volatile LoopState state;
    private volatile boolean stopRequested;
    private SteadyLoad load;
    private long roundStartNanos;
    private long roundStartServed;

    private ControlLoop(LoopOptions options, PlatformConnection platform, Optimizer optimizer,
            Consumer<String> out) {
        this.options = options;
        this.out = out;
        this.platform = platform;
        this.stateFile = new LoopStateFile(options.stateDirectory(), options.application());
        this.store = TraceStore.open(options.stateDirectory());
        this.lambda = LambdaClients.forLocalPlatform(platform.uri(), platform.token());
        this.code = ApplicationCode.find(options.application());
        this.artifacts = new ArtifactBuilder(options.stateDirectory().resolve("artifacts"));
        DeployOptions deployOptions = DeployOptions.of(platform.uri().toString(), platform.token())
                .withTimeoutSeconds(options.functionTimeoutSeconds())
                .withExtraEnvironment(options.extraEnvironment());
        Deployer deployer = new Deployer(lambda, artifacts, code, deployOptions);
        this.rollout = new Rollout(deployer, artifacts, router, options.drainTimeout(),
                options.retireQuietPeriod(), this::say);
        this.decider = new RoundDecider(optimizer, new SetupJudge(), options.minSamples());
        this.gateway = Gateway.start(lambda, "127.0.0.1", options.gatewayPort(), options.gatewayConcurrency());
        gateway.register(code.application(), router);
        gateway.addListener(this::observe);
    }

    /**
     * Starts a loop: opens the monitor, connects to (or starts) the platform, deploys the initial
     * setup or resumes from the stored state, serves the gateway and starts the optional load.
     *
     * @param options how to run
     * @param out receives every decision and notice, one message per call
     * @return the running loop
     */
    public static ControlLoop start(LoopOptions options, Consumer<String> out) {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Optimizer optimizer = optimizerFor(options);
        PlatformConnection platform = PlatformConnections.open(options, out);
        try {
            return start(options, platform, optimizer, out);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /**
     * Starts a loop on a given platform with a given optimizer.
     *
     * @param options how to run
     * @param platform the platform to deploy to; the loop closes it
     * @param optimizer proposes the setups
     * @param out receives every decision and notice
     * @return the running loop
     */
    public static ControlLoop start(LoopOptions options, PlatformConnection platform, Optimizer optimizer,
            Consumer<String> out) {
        ControlLoop loop = new ControlLoop(options, platform, optimizer, Objects.requireNonNull(out, "out"));
        try {
            loop.connectTelemetry();
            loop.resumeOrDeployInitial();
            loop.startLoad();
            return loop;
        } catch (RuntimeException e) {
            loop.close();
            throw e;
        }
    }

    /**
     * Builds the optimizer the options name; it tries the options' memory sizes.
     *
     * @param options how to run
     * @return the optimizer the options name
     * @throws IllegalArgumentException when the name is not one of {@link LoopOptions#OPTIMIZERS}
     */
    public static Optimizer optimizerFor(LoopOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return optimizerFor(options.optimizer(), options.memorySizesMb());
    }

    /**
     * Builds an optimizer by name, for callers that run rounds without a loop, such as experiments.
     *
     * @param name one of {@link LoopOptions#OPTIMIZERS}
     * @param memorySizesMb the memory sizes it tries
     * @return the optimizer of that name
     * @throws IllegalArgumentException when the name is not one of {@link LoopOptions#OPTIMIZERS}
     */
    public static Optimizer optimizerFor(String name, List<Integer> memorySizesMb) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(memorySizesMb, "memorySizesMb must not be null");
        return switch (name) {
            case LoopOptions.FUSIONIZE_OPTIMIZER -> new FusionizeHeuristic(
                    HeuristicOptions.defaults().withMemorySizes(memorySizesMb));
            case LoopOptions.MODEL_OPTIMIZER -> new ModelOptimizer(
                    ModelOptions.defaults().withMemorySizes(memorySizesMb));
            default -> throw new IllegalArgumentException(LoopOptions.unknownOptimizer(name));
        };
    }

    /** @return the gateway's base URL; root requests go to {@code /apps/APP/ENTRY} */
    public URI gatewayUri() {
        return gateway.uri();
    }

    /** @return the loop's state */
    public LoopState state() {
        return state;
    }

    /** @return the monitor */
    public TraceStore monitor() {
        return store;
    }

    /** @return the built-in load, if running */
    public Optional<SteadyLoad> load() {
        return Optional.ofNullable(load);
    }

    /** @return the check that no request mixed versions */
    public TraceVersionAudit versionAudit() {
        return audit;
    }

    /** @return how many times the gateway switched versions since start */
    public int switches() {
        return rollout.switches();
    }

    /** @return root requests the gateway answered since start */
    public long gatewayRequests() {
        return gatewayRequests.get();
    }

    /** @return root requests the gateway answered with an error since start */
    public long gatewayFailures() {
        return gatewayFailures.get();
    }

    /**
     * Reads a loop's status from its state directory, whether or not the loop is running.
     *
     * @param stateDirectory the loop's state directory
     * @param application the application's name
     * @return the status, if a loop for that application ever ran there
     */
    public static Optional<LoopStatus> readStatus(java.nio.file.Path stateDirectory, String application) {
        Optional<LoopState> stored = new LoopStateFile(stateDirectory, application).read();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (TraceStore traces = TraceStore.open(stateDirectory)) {
            return Optional.of(new LoopStatus(stored.get(),
                    traces.statistics(application, stored.get().currentVersion())));
        }
    }

    /** @return the status {@code fusionize status} shows */
    public LoopStatus status() {
        store.flush();
        return new LoopStatus(state, statistics(state.currentVersion()));
    }

    /**
     * Runs rounds until the round limit is reached or {@link #stop()} is called.
     *
     * @throws InterruptedException when interrupted
     */
    public void run() throws InterruptedException {
        while (!stopRequested && !roundLimitReached()) {
            decideRoundIfDue();
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Makes {@link #run()} return after the current round. */
    public void stop() {
        stopRequested = true;
    }

    /** @return whether the configured number of rounds has been decided */
    public boolean roundLimitReached() {
        return options.maxRounds() > 0 && state.round() >= options.maxRounds();
    }

    /**
     * Decides a round when the round's requests or time are reached and enough samples exist.
     *
     * @return the decision, when a round was due
     */
    public synchronized Optional<Decision> decideRoundIfDue() {
        return roundDue() ? Optional.of(decideRound()).filter(d -> d.kind() != Decision.Kind.WAIT)
                : Optional.empty();
    }

    /**
     * Decides a round now, whatever its progress; it still waits for the minimum sample size.
     *
     * @return the decision
     */
    public synchronized Decision decideRound() {
        store.flush();
        Decision decision = decider.decide(state, this::statistics);
        if (decision.kind() == Decision.Kind.WAIT) {
            return decision;
        }
        say("round " + (state.round() + 1) + ": " + decision.text());
        apply(decision);
        state = state.nextRound();
        stateFile.write(state);
        restartRound();
        return decision;
    }

    /** @return the final setup in compact text form, with its measured latency and cost */
    public String finalSummary() {
        store.flush();
        DeployedSetup best = decider.best(RoundDecider.history(state, this::statistics))
                .orElse(new DeployedSetup(state.current().setup(), statistics(state.currentVersion()), false));
        return "final setup v" + best.setup().version() + ": " + SetupText.format(best.setup())
                + System.lineSeparator() + "measured: " + LoopStatus.describe(best.statistics());
    }

    /** Stops the load and the gateway, prints the final setup, and releases everything. */
    @Override
    public void close() {
        stopRequested = true;
        closeQuietly(load);
        awaitRequestsInFlight();
        closeQuietly(gateway);
        if (state != null && state.currentVersion() > 0) {
            say(finalSummary());
        }
        closeQuietly(rollout);
        closeQuietly(lambda);
        // The platform goes first, so that no listener writes to a closed monitor.
        closeQuietly(platform);
        closeQuietly(store);
    }

    /** Lets requests already forwarded finish before the gateway stops. */
    private void awaitRequestsInFlight() {
        try {
            if (router.currentSlot().isPresent()) {
                router.currentSlot().get().awaitDrained(SHUTDOWN_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void connectTelemetry() {
        boolean delivered = platform.subscribe(store::acceptReportJson, line -> {
            audit.acceptLogLine(line);
            store.acceptLogLine(line);
        });
        if (!delivered) {
            say("the platform at " + platform.uri() + " delivers no telemetry here; rounds wait for "
                    + "records and reports that the monitor receives from elsewhere");
        }
    }

    private void resumeOrDeployInitial() {
        Optional<LoopState> stored = stateFile.read();
        if (stored.isPresent() && stored.get().currentVersion() > 0) {
            state = stored.get();
            say("resuming " + options.application() + " at round " + state.round() + " on v" + state.currentVersion());
            rollout.deployAndSwitch(state.current().setup());
        } else {
            Setup initial = SetupGenerators.allRemote(code.application()).withVersion(1);
            state = LoopState.initial(options.application());
            rollout.deployAndSwitch(initial);
            state = state.withDeployed(new LoopEntry(initial, "initial setup: every task in its own function, "
                    + "every call remote", false, null));
            say("v1: " + SetupText.format(initial));
            stateFile.write(state);
        }
        restartRound();
    }

    private void startLoad() {
        if (options.loadRate() > 0) {
            String entry = code.application().entryTasks().iterator().next();
            URI target = gateway.uri().resolve("/apps/" + options.application() + "/" + entry);
            load = SteadyLoad.start(target, options.loadPayload(), options.loadRate());
            say(String.format("steady load: %.1f requests/s to %s", options.loadRate(), target));
        }
    }

    private void apply(Decision decision) {
        switch (decision.kind()) {
            case DEPLOY -> {
                rollout.deployAndSwitch(decision.target());
                state = state.withDeployed(new LoopEntry(decision.target(), decision.text(), false, null))
                        .withExploring();
            }
            case ROLLBACK -> {
                state = state.withBad(state.currentVersion(), decision.text());
                switchBackTo(decision.target());
            }
            case CONVERGE -> {
                state = state.withConverged(decision.text());
                if (decision.target().version() != state.currentVersion()) {
                    switchBackTo(decision.target());
                }
            }
            default -> {
                // measuring only: nothing to deploy
            }
        }
    }

    private void switchBackTo(Setup setup) {
        rollout.deployAndSwitch(setup);
        state = state.withCurrent(setup.version());
    }

    private boolean roundDue() {
        if (options.roundTime() != null) {
            return System.nanoTime() - roundStartNanos >= options.roundTime().toNanos();
        }
        long served = router.currentSlot().map(VersionRouter.Slot::served).orElse(0L);
        return served - roundStartServed >= options.roundRequests();
    }

    private void restartRound() {
        roundStartNanos = System.nanoTime();
        roundStartServed = router.currentSlot().map(VersionRouter.Slot::served).orElse(0L);
    }

    private SetupStatistics statistics(int version) {
        return store.statistics(options.application(), version);
    }

    private void observe(GatewayObservation observation) {
        gatewayRequests.incrementAndGet();
        if (!observation.succeeded()) {
            gatewayFailures.incrementAndGet();
        }
        // Requests cut short by the shutdown say nothing about the setup.
        if (!observation.async() && observation.setupVersion() > 0 && !stopRequested) {
            store.accept(new ClientLatency(observation.application(), observation.setupVersion(), null,
                    observation.requestId(), observation.latencyMs(), observation.succeeded(), observation.epochMs()));
        }
    }

    private void say(String message) {
        out.accept(message);
        try {
            Files.createDirectories(options.stateDirectory());
            Files.writeString(options.stateDirectory().resolve("decisions-" + options.application() + ".log"),
                    Instant.now() + " " + message + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the decision log", e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing is best effort: one failing part must not keep the others open
        }
    }
}
