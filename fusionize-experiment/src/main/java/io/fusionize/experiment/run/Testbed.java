package io.fusionize.experiment.run;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.deployer.DeployOptions;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.gateway.GatewayObservation;
import io.fusionize.deploy.gateway.VersionRouter;
import io.fusionize.deploy.lambda.LambdaClients;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.monitor.TraceStore;
import io.fusionize.monitor.dto.ClientLatency;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * What an experiment runs on: a platform, the monitor fed by its telemetry, a deployer and a
 * gateway whose router serves one setup version at a time. The monitor keeps one store per
 * measurement phase under {@code STATE/monitor}.
 *
 * <p>The testbed numbers the versions itself, so that every setup it deploys, whoever proposed
 * it, gets a version of its own and the monitor's statistics never mix two setups.
 */
public final class Testbed implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final PlatformConnection platform;
    private final Path monitorDirectory;
    private final List<TraceStore> stores = new CopyOnWriteArrayList<>();
    private volatile TraceStore store;
    private final LambdaClient lambda;
    private final ApplicationCode code;
    private final Deployer deployer;
    private final VersionRouter router = new VersionRouter();
    private final Gateway gateway;
    private final PlatformReportFlags flags = new PlatformReportFlags();
    private final AtomicInteger lastVersion = new AtomicInteger();
    private final Consumer<String> log;

    private Testbed(PlatformConnection platform, TestbedOptions options, Consumer<String> log) {
        this.platform = platform;
        this.log = log;
        this.monitorDirectory = options.stateDirectory().resolve("monitor");
        this.store = openStore("start");
        this.lambda = LambdaClients.forLocalPlatform(platform.uri(), platform.token());
        this.code = ApplicationCode.find(options.application());
        DeployOptions deployOptions = DeployOptions.of(platform.uri().toString(), platform.token())
                .withTimeoutSeconds(options.functionTimeoutSeconds())
                .withExtraEnvironment(options.environment());
        this.deployer = new Deployer(lambda, new ArtifactBuilder(options.stateDirectory().resolve("artifacts")), code,
                deployOptions);
        this.gateway = Gateway.start(lambda, 0);
        gateway.register(code.application(), router);
        gateway.addListener(this::observe);
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
        Testbed testbed = new Testbed(platform, options, Objects.requireNonNull(log, "log must not be null"));
        boolean delivered = platform.subscribe(testbed::acceptReport, testbed::acceptLogLine);
        if (!delivered) {
            testbed.close();
            throw new IllegalStateException("the platform at " + platform.uri() + " delivers no telemetry to this "
                    + "process; experiments need an embedded platform");
        }
        return testbed;
    }

    /** @return the application under test */
    public Application application() {
        return code.application();
    }

    /** @return the URL of the application's first entry task at the gateway */
    public URI entryUri() {
        String entry = code.application().entryTasks().iterator().next();
        return gateway.uri().resolve("/apps/" + code.application().name() + "/" + entry);
    }

    /** @return the version the next {@link #deploy} will use */
    public int nextVersion() {
        return lastVersion.get() + 1;
    }

    /**
     * Deploys a setup under the next version and makes the gateway send new requests to it.
     *
     * @param setup the setup; its own version number is replaced
     * @return the deployed version
     */
    public DeployedVersion deploy(Setup setup) {
        Setup numbered = setup.withVersion(lastVersion.incrementAndGet());
        DeployedVersion deployed = deployer.deploy(numbered);
        router.switchTo(numbered);
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
            deployer.retire(deployed, List.of());
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
        store = openStore(label);
    }

    /**
     * @param version a setup version
     * @return everything the current phase's monitor measured for it so far
     */
    public SetupStatistics statistics(int version) {
        return store.statistics(code.application().name(), version);
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
        return store.databaseFile();
    }

    private TraceStore openStore(String label) {
        TraceStore opened = TraceStore.open(monitorDirectory.resolve(label));
        stores.add(opened);
        return opened;
    }

    private void acceptReport(String json) {
        flags.accept(json);
        try {
            store.acceptReportJson(json);
        } catch (RuntimeException e) {
            log.accept("monitor refused a report: " + e.getMessage());
        }
    }

    private void acceptLogLine(String line) {
        store.acceptLogLine(line);
    }

    private void observe(GatewayObservation observation) {
        if (!observation.async() && observation.setupVersion() > 0) {
            store.accept(new ClientLatency(observation.application(), observation.setupVersion(), null,
                    observation.requestId(), observation.latencyMs(), observation.succeeded(), observation.epochMs()));
        }
    }

    /** Stops the gateway and the platform and closes the monitor. */
    @Override
    public void close() {
        closeQuietly(gateway);
        closeQuietly(lambda);
        closeQuietly(platform);
        stores.forEach(Testbed::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // best effort: one part failing to close must not keep the others open
        }
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
