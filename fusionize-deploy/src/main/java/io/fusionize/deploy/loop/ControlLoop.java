package io.fusionize.deploy.loop;

import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.PriceTable;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.gateway.VersionRouter;
import io.fusionize.deploy.load.ContinuousLoad;
import io.fusionize.deploy.load.GatewayRequestSender;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.monitor.TraceStore;
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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The loop behind {@code fusionize run}: a client of the {@link RoundEngine} whose setups serve the
 * gateway's live requests. It deploys the initial all-remote setup, serves root requests through
 * its gateway, and decides a round once it served its requests or ran its time: it marks the
 * serving setup bad and rolls it back when it failed, or deploys the optimizer's next setup. After
 * convergence it keeps measuring. Every decision is printed in words and persisted, so a restart
 * resumes at the same round.
 *
 * <p>Start it with {@link #start(LoopOptions, Consumer)}, then call {@link #run()} (blocking) or
 * {@link #decideRoundIfDue()} from your own schedule; {@link #close()} prints the final setup.
 */
public final class ControlLoop implements AutoCloseable {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final LoopOptions options;
    private final Consumer<String> out;
    private final MeasurementStack stack;
    private final Rollout rollout;
    private final RoundEngine engine;
    private final LoopStateFile stateFile;
    private final TraceVersionAudit audit = new TraceVersionAudit();
    private final List<RoundListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ContinuousLoad load;

    private ControlLoop(LoopOptions options, PlatformConnection platform, Optimizer optimizer,
            Consumer<String> out) {
        this.options = options;
        this.out = out;
        this.stateFile = new LoopStateFile(options.stateDirectory(), options.application());
        this.stack = MeasurementStack.open(platform, stackOptions(options), this::say);
        this.rollout = new Rollout(stack.deployer(), stack.artifacts(), stack.router(), options.drainTimeout(),
                options.retireQuietPeriod(), this::say);
        // The final setup is the best by the same goal the optimizer aims for.
        RoundDecider decider = new RoundDecider(optimizer, new SetupJudge().withGoal(options.goal()),
                options.minSamples());
        this.engine = new RoundEngine(decider, new RolloutStage(rollout, stack),
                roundEnd(options, stack).alsoOnRestart(this::restartLoadNumbering),
                RoundLimits.continuous(options.maxRounds()), new Transcript());
    }

    private static MeasurementStack.Options stackOptions(LoopOptions options) {
        // The monitor lives at the state directory's top, where status and a restart find it.
        return new MeasurementStack.Options(options.application(), options.stateDirectory(), options.stateDirectory(),
                options.functionTimeoutSeconds(), options.extraEnvironment(), options.gatewayPort(),
                options.gatewayConcurrency());
    }

    private static RoundEnd roundEnd(LoopOptions options, MeasurementStack stack) {
        if (options.roundTime() != null) {
            return RoundEnd.after(options.roundTime());
        }
        return RoundEnd.afterRequests(options.roundRequests(),
                () -> stack.router().currentSlot().map(VersionRouter.Slot::served).orElse(0L));
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
        return optimizerFor(options.optimizer(), options.memorySizesMb(), options.goal(), options.prices());
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
        return optimizerFor(name, memorySizesMb, Goal.BALANCED, PriceTable.awsX86());
    }

    /**
     * Builds an optimizer by name that aims for a goal and forecasts with given prices.
     *
     * @param name one of {@link LoopOptions#OPTIMIZERS}
     * @param memorySizesMb the memory sizes it tries
     * @param goal what it aims for
     * @param prices the prices its cost forecasts use
     * @return the optimizer of that name
     * @throws IllegalArgumentException when the name is not one of {@link LoopOptions#OPTIMIZERS}
     */
    public static Optimizer optimizerFor(String name, List<Integer> memorySizesMb, Goal goal, PriceTable prices) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(memorySizesMb, "memorySizesMb must not be null");
        return switch (name) {
            case LoopOptions.FUSIONIZE_OPTIMIZER -> new FusionizeHeuristic(HeuristicOptions.defaults()
                    .withMemorySizes(memorySizesMb).withGoal(goal).withPrices(prices));
            case LoopOptions.MODEL_OPTIMIZER -> new ModelOptimizer(ModelOptions.defaults()
                    .withMemorySizes(memorySizesMb).withGoal(goal).withPrices(prices));
            default -> throw new IllegalArgumentException(LoopOptions.unknownOptimizer(name));
        };
    }

    /** @return the gateway's base URL; root requests go to {@code /apps/APP/ENTRY} */
    public URI gatewayUri() {
        return stack.gatewayUri();
    }

    /** @return the loop's state */
    public LoopState state() {
        return engine.state();
    }

    /** @return the monitor */
    public TraceStore monitor() {
        return stack.monitor();
    }

    /** @return the built-in load, if running */
    public Optional<ContinuousLoad> load() {
        return Optional.ofNullable(load);
    }

    /**
     * Lets one more listener hear every round from now on, after the loop's own transcript.
     *
     * @param listener hears every decision and every finished round, e.g. a dashboard
     */
    public void addRoundListener(RoundListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
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
        return stack.gatewayRequests();
    }

    /** @return root requests the gateway answered with an error since start */
    public long gatewayFailures() {
        return stack.gatewayFailures();
    }

    /**
     * Reads a loop's status from its state directory, whether or not the loop is running.
     *
     * @param stateDirectory the loop's state directory
     * @param application the application's name
     * @return the status, if a loop for that application ever ran there
     */
    public static Optional<LoopStatus> readStatus(Path stateDirectory, String application) {
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
        stack.monitor().flush();
        LoopState state = engine.state();
        return new LoopStatus(state, stack.statistics(state.currentVersion()));
    }

    /**
     * Runs rounds until the round limit is reached or {@link #stop()} is called.
     *
     * @throws InterruptedException when interrupted
     */
    public void run() throws InterruptedException {
        engine.run();
    }

    /** Makes {@link #run()} return after the current round; requests from now on are not measured. */
    public void stop() {
        engine.stop();
        // Requests cut short by the shutdown say nothing about the setup.
        stack.stopMeasuring();
    }

    /** @return whether the configured number of rounds has been decided */
    public boolean roundLimitReached() {
        return engine.roundLimitReached();
    }

    /**
     * Decides a round when the round's requests or time are reached and enough samples exist.
     *
     * @return the decision, when a round was due
     * @throws InterruptedException when interrupted
     */
    public Optional<Decision> decideRoundIfDue() throws InterruptedException {
        return engine.playRoundIfDue();
    }

    /**
     * Decides a round now, whatever its progress; it still waits for the minimum sample size.
     *
     * @return the decision
     * @throws InterruptedException when interrupted
     */
    public Decision decideRound() throws InterruptedException {
        return engine.playRound();
    }

    /**
     * @return the setup the loop would end on now, in compact text form, with its measured latency
     *     and cost: the best setup measured with the complete requests a round needs
     */
    public String finalSummary() {
        return engine.finalSetup().describe();
    }

    /**
     * Stops the load and the gateway, ends on the final setup (making it the state's current one
     * when a setup measured too few times served last), prints it, and releases everything.
     */
    @Override
    public void close() {
        stop();
        MeasurementStack.closeQuietly(load);
        stack.awaitRequestsInFlight(SHUTDOWN_GRACE);
        stack.stopGateway();
        try {
            LoopState state = engine.state();
            if (state != null && state.currentVersion() > 0) {
                endOnTheFinalSetup();
            }
        } finally {
            MeasurementStack.closeQuietly(rollout);
            stack.close();
        }
    }

    private void endOnTheFinalSetup() {
        FinalSetup last = engine.finish();
        // A restart resumes on what was reported as final, never on a setup measured a few times.
        stateFile.write(engine.state());
        last.replacement().ifPresent(this::say);
        say(last.describe() + (options.goal().balanced() ? "" : " (objective " + options.goal().label() + ")"));
    }

    private void connectTelemetry() {
        boolean delivered = stack.connectTelemetry(report -> { }, audit::acceptLogLine);
        if (!delivered) {
            say("the platform at " + stack.platform().uri() + " delivers no telemetry here; rounds wait for "
                    + "records and reports that the monitor receives from elsewhere");
        }
    }

    private void resumeOrDeployInitial() {
        Optional<LoopState> stored = stateFile.read();
        if (stored.isPresent() && stored.get().currentVersion() > 0) {
            say("resuming " + options.application() + " at round " + stored.get().round() + " on v"
                    + stored.get().currentVersion());
            engine.resume(stored.get());
            return;
        }
        try {
            LoopState started = engine.begin(stack.application());
            say("v1: " + SetupText.format(started.current().setup()));
            stateFile.write(started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deploying the initial setup", e);
        }
    }

    private void startLoad() {
        if (options.loadRate() > 0) {
            LoadRequests requests = options.requests().resolve(stack.application());
            URI target = stack.gatewayUri().resolve("/apps/" + stack.application().name() + "/");
            load = ContinuousLoad.start(GatewayRequestSender.of(stack.gatewayUri(), stack.application().name(),
                    requests, ContinuousLoad.REQUEST_TIMEOUT), options.loadRate());
            say(String.format("steady load: %.1f requests/s to %s; %s", options.loadRate(), target,
                    requests.origin().describe()));
        }
    }

    private void restartLoadNumbering() {
        // Every round sends the same sequence of requests, whatever setup serves it.
        ContinuousLoad running = load;
        if (running != null) {
            running.restartNumbering();
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

    /** Prints every decided round and persists the state after it, so that a restart resumes there. */
    private final class Transcript implements RoundListener {

        @Override
        public void decided(LoopState state, Decision decision) {
            say("round " + (state.round() + 1) + ": " + decision.text());
            listeners.forEach(listener -> listener.decided(state, decision));
        }

        @Override
        public void roundDone(LoopState state) {
            stateFile.write(state);
            listeners.forEach(listener -> listener.roundDone(state));
        }
    }
}
