package io.fusionize.experiment.run;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.loop.MeasurementStack;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;

/**
 * What an experiment runs on: the {@link MeasurementStack} (a platform, the monitor fed by its
 * telemetry, a deployer and a gateway whose router serves one setup version at a time), with one
 * monitor store per measurement phase under {@code STATE/monitor} and what the platform's reports
 * say about resource enforcement.
 *
 * <p>The testbed numbers the versions itself, so that every setup it deploys, whoever proposed
 * it, gets a version of its own and the monitor's statistics never mix two setups.
 */
public final class Testbed implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final MeasurementStack stack;
    private final Path monitorDirectory;
    private final PlatformReportFlags flags = new PlatformReportFlags();
    private final AtomicInteger lastVersion = new AtomicInteger();
    private final Consumer<String> log;

    private Testbed(MeasurementStack stack, Path monitorDirectory, Consumer<String> log) {
        this.stack = stack;
        this.monitorDirectory = monitorDirectory;
        this.log = log;
    }

    /**
     * Opens a testbed on a platform and subscribes the monitor to its telemetry.
     *
     * @param platform the platform; the testbed closes it
     * @param options the application and where state goes
     * @param log receives one line per deployment
     * @return the open testbed
     * @throws IllegalStateException when the platform delivers no telemetry, which every measure needs
     */
    public static Testbed open(PlatformConnection platform, TestbedOptions options, Consumer<String> log) {
        Objects.requireNonNull(platform, "platform must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(log, "log must not be null");
        Path monitorDirectory = options.stateDirectory().resolve("monitor");
        MeasurementStack stack = MeasurementStack.open(platform, new MeasurementStack.Options(options.application(),
                options.stateDirectory(), monitorDirectory.resolve("start"), options.functionTimeoutSeconds(),
                options.environment(), 0, Gateway.DEFAULT_MAX_CONCURRENT_REQUESTS), log);
        Testbed testbed = new Testbed(stack, monitorDirectory, log);
        if (!stack.connectTelemetry(testbed.flags::accept, line -> { })) {
            testbed.close();
            throw new IllegalStateException("the platform at " + platform.uri() + " delivers no telemetry to this "
                    + "process; experiments need an embedded platform");
        }
        return testbed;
    }

    /** @return the application under test */
    public Application application() {
        return stack.application();
    }

    /** @return the gateway's base URL; root requests go to {@code /apps/APP/ENTRY} */
    public URI gatewayUri() {
        return stack.gatewayUri();
    }

    /** @return the version the next {@link #deploy} will use */
    public int nextVersion() {
        return lastVersion.get() + 1;
    }

    /**
     * Keeps every version up to this one from later deployments, so that one version number never
     * names two setups.
     *
     * @param version a version named elsewhere, e.g. by a proposal that was never deployed
     */
    public void reserveVersionsThrough(int version) {
        lastVersion.accumulateAndGet(version, Math::max);
    }

    /**
     * Deploys a setup under the next version and makes the gateway send new requests to it.
     *
     * @param setup the setup; its own version number is replaced
     * @return the deployed version
     */
    public DeployedVersion deploy(Setup setup) {
        Setup numbered = setup.withVersion(lastVersion.incrementAndGet());
        DeployedVersion deployed = stack.deployAndSwitch(numbered);
        log.accept(String.format("deployed v%d in %d ms (%d functions)", deployed.version(),
                deployed.took().toMillis(), deployed.artifacts().size()));
        return deployed;
    }

    /**
     * Removes a measured version from the platform, so that its idle instances stop.
     *
     * @param deployed a version that no longer serves
     */
    public void retire(DeployedVersion deployed) {
        try {
            stack.retire(deployed, List.of());
        } catch (RuntimeException e) {
            log.accept("could not retire v" + deployed.version() + ": " + e.getMessage());
        }
    }

    /**
     * Starts a new measurement phase: from now on telemetry goes to a fresh monitor store, so that
     * what ran before, e.g. a warm-up, is not measured.
     *
     * @param label names the phase's store, e.g. {@code round-3}
     */
    public void beginPhase(String label) {
        stack.beginPhase(monitorDirectory.resolve(label));
    }

    /**
     * @param version a setup version
     * @return everything the current phase's monitor measured for it so far
     */
    public SetupStatistics statistics(int version) {
        return stack.statistics(version);
    }

    /**
     * Waits until a version's work in the current phase has finished, async work after the last
     * response included: until every root request has both its record and its report, and every
     * remote call the records announce has been seen as an invocation; or, when some never is (a
     * crash leaves no record), until no new invocation appeared for the quiet period.
     *
     * @param version a setup version
     * @param roots how many root requests were sent
     * @param quiet how long no new invocation must appear for the fallback
     * @param limit the longest wait
     * @return the statistics once finished, or at the limit
     * @throws InterruptedException when interrupted while waiting
     */
    public SetupStatistics awaitFinished(int version, long roots, Duration quiet, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        SetupStatistics last = statistics(version);
        long quietSince = System.nanoTime();
        while (!complete(last, roots) && System.nanoTime() < deadline
                && System.nanoTime() - quietSince < quiet.toNanos()) {
            Thread.sleep(POLL.toMillis());
            SetupStatistics now = statistics(version);
            if (invocations(now) != invocations(last)) {
                quietSince = System.nanoTime();
            }
            last = now;
        }
        return last;
    }

    private static boolean complete(SetupStatistics statistics, long roots) {
        long remoteCalls = statistics.callGraph().stream().mapToLong(CallEdge::remoteCalls).sum();
        return statistics.sampleSize() >= roots && invocations(statistics) >= roots + remoteCalls;
    }

    /**
     * @param statistics a version's statistics
     * @return every invocation seen, over all functions
     */
    public static long invocations(SetupStatistics statistics) {
        return statistics.functions().stream().mapToLong(FunctionStatistics::invocations).sum();
    }

    /** @return what the platform's reports say about resource enforcement */
    public PlatformReportFlags reportFlags() {
        return flags;
    }

    /** @return the current phase's monitor database file */
    public Path traceDatabase() {
        return stack.monitor().databaseFile();
    }

    /** Stops the gateway and the platform and closes the monitor. */
    @Override
    public void close() {
        stack.close();
    }

    /**
     * What a testbed needs to know.
     *
     * @param application the application's name
     * @param stateDirectory where the monitor and the packages live
     * @param functionTimeoutSeconds every function's timeout
     * @param environment further variables for every function, e.g. the example data directory
     */
    public record TestbedOptions(String application, Path stateDirectory, int functionTimeoutSeconds,
            Map<String, String> environment) {

        /** Checks the parts and freezes the environment. */
        public TestbedOptions {
            Objects.requireNonNull(application, "application must not be null");
            Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
            environment = Map.copyOf(environment);
        }
    }
}
