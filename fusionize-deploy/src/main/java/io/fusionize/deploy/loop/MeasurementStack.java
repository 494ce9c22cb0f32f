package io.fusionize.deploy.loop;

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
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.monitor.TraceStore;
import io.fusionize.monitor.dto.ClientLatency;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * What rounds are measured on: a platform, the monitor fed by its telemetry and by the latencies
 * clients saw at the gateway, a deployer, and a gateway whose router serves one setup version at a
 * time. A new measurement phase can give the monitor a fresh store, so that what ran before, e.g.
 * a warm-up, is not measured.
 *
 * <p>Both {@link ControlLoop} and the experiments run their rounds on one; the stack closes its
 * platform.
 */
public final class MeasurementStack implements AutoCloseable {

    private final PlatformConnection platform;
    private final Consumer<String> log;
    private final List<TraceStore> stores = new CopyOnWriteArrayList<>();
    private volatile TraceStore store;
    private final LambdaClient lambda;
    private final ApplicationCode code;
    private final ArtifactBuilder artifacts;
    private final Deployer deployer;
    private final VersionRouter router = new VersionRouter();
    private final Gateway gateway;
    private final AtomicLong gatewayRequests = new AtomicLong();
    private final AtomicLong gatewayFailures = new AtomicLong();
    private volatile boolean measuring = true;

    private MeasurementStack(PlatformConnection platform, Options options, Consumer<String> log) {
        this.platform = platform;
        this.log = log;
        this.store = openStore(options.monitorDirectory());
        this.lambda = LambdaClients.forLocalPlatform(platform.uri(), platform.token());
        this.code = ApplicationCode.find(options.application());
        this.artifacts = new ArtifactBuilder(options.stateDirectory().resolve("artifacts"));
        DeployOptions deployOptions = DeployOptions.of(platform.uri().toString(), platform.token())
                .withTimeoutSeconds(options.functionTimeoutSeconds())
                .withExtraEnvironment(options.environment());
        this.deployer = new Deployer(lambda, artifacts, code, deployOptions);
        this.gateway = Gateway.start(lambda, "127.0.0.1", options.gatewayPort(), options.gatewayConcurrency());
        gateway.register(code.application(), router);
        gateway.addListener(this::observe);
    }

    /**
     * Opens a stack on a platform: the monitor, the deployer and a running gateway.
     *
     * @param platform the platform; the stack closes it
     * @param options the application, where state goes and how the gateway serves
     * @param log receives notices, e.g. a report the monitor refused
     * @return the open stack
     */
    public static MeasurementStack open(PlatformConnection platform, Options options, Consumer<String> log) {
        Objects.requireNonNull(platform, "platform must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return new MeasurementStack(platform, options, Objects.requireNonNull(log, "log must not be null"));
    }

    /**
     * Subscribes the monitor to the platform's telemetry, with further listeners.
     *
     * @param reportJson receives every report before the monitor does
     * @param logLine receives every instance log line before the monitor does
     * @return whether the platform delivers telemetry to this process
     */
    public boolean connectTelemetry(Consumer<String> reportJson, Consumer<String> logLine) {
        Objects.requireNonNull(reportJson, "reportJson must not be null");
        Objects.requireNonNull(logLine, "logLine must not be null");
        return platform.subscribe(json -> {
            reportJson.accept(json);
            acceptReport(json);
        }, line -> {
            logLine.accept(line);
            store.acceptLogLine(line);
        });
    }

    /** @return the platform the stack deploys to */
    public PlatformConnection platform() {
        return platform;
    }

    /** @return the application under measurement */
    public Application application() {
        return code.application();
    }

    /** @return the gateway's base URL; root requests go to {@code /apps/APP/ENTRY} */
    public URI gatewayUri() {
        return gateway.uri();
    }

    /** @return the URL of the application's first entry task at the gateway */
    public URI entryUri() {
        String entry = code.application().entryTasks().iterator().next();
        return gateway.uri().resolve("/apps/" + code.application().name() + "/" + entry);
    }

    /**
     * Deploys a setup under its version and makes the gateway send new requests to it.
     *
     * @param setup the setup
     * @return the deployed version
     */
    public DeployedVersion deployAndSwitch(Setup setup) {
        DeployedVersion deployed = deployer.deploy(setup);
        router.switchTo(setup);
        return deployed;
    }

    /**
     * Removes a version from the platform, so that its idle instances stop.
     *
     * @param deployed a version that no longer serves
     * @param live the versions still deployed, whose shared parts stay
     */
    public void retire(DeployedVersion deployed, List<DeployedVersion> live) {
        deployer.retire(deployed, live);
    }

    /**
     * Starts a new measurement phase: from now on telemetry goes to a fresh store.
     *
     * @param monitorDirectory where the phase's store lives
     */
    public void beginPhase(Path monitorDirectory) {
        store = openStore(monitorDirectory);
    }

    /** @return the current phase's monitor */
    public TraceStore monitor() {
        return store;
    }

    /**
     * @param version a setup version
     * @return everything the current phase's monitor measured for it so far
     */
    public SetupStatistics statistics(int version) {
        return store.statistics(code.application().name(), version);
    }

    /** @return root requests the gateway answered since the start */
    public long gatewayRequests() {
        return gatewayRequests.get();
    }

    /** @return root requests the gateway answered with an error since the start */
    public long gatewayFailures() {
        return gatewayFailures.get();
    }

    /** Stops recording client latencies: requests cut short by a shutdown say nothing about a setup. */
    public void stopMeasuring() {
        measuring = false;
    }

    /**
     * Lets requests already forwarded to the serving version finish.
     *
     * @param grace the longest wait
     */
    public void awaitRequestsInFlight(Duration grace) {
        try {
            if (router.currentSlot().isPresent()) {
                router.currentSlot().get().awaitDrained(grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the gateway; the monitor stays readable until {@link #close()}. */
    public void stopGateway() {
        closeQuietly(gateway);
    }

    /** Stops the gateway and the platform, then closes the monitor. */
    @Override
    public void close() {
        closeQuietly(gateway);
        closeQuietly(lambda);
        // The platform goes first, so that no listener writes to a closed monitor.
        closeQuietly(platform);
        stores.forEach(MeasurementStack::closeQuietly);
    }

    /** @return the router that picks the serving version */
    VersionRouter router() {
        return router;
    }

    /** @return the deployer that publishes versions */
    Deployer deployer() {
        return deployer;
    }

    /** @return the builder whose packages the deployed versions use */
    ArtifactBuilder artifacts() {
        return artifacts;
    }

    private TraceStore openStore(Path directory) {
        TraceStore opened = TraceStore.open(directory);
        stores.add(opened);
        return opened;
    }

    private void acceptReport(String json) {
        try {
            store.acceptReportJson(json);
        } catch (RuntimeException e) {
            log.accept("monitor refused a report: " + e.getMessage());
        }
    }

    private void observe(GatewayObservation observation) {
        gatewayRequests.incrementAndGet();
        if (!observation.succeeded()) {
            gatewayFailures.incrementAndGet();
        }
        if (measuring && !observation.async() && observation.setupVersion() > 0) {
            store.accept(new ClientLatency(observation.application(), observation.setupVersion(), null,
                    observation.requestId(), observation.latencyMs(), observation.succeeded(), observation.epochMs()));
        }
    }

    /**
     * Closes a part, ignoring its failure.
     *
     * @param closeable the part, or {@code null}
     */
    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing is best effort: one failing part must not keep the others open
        }
    }

    /**
     * Where a stack keeps its state and how its gateway serves.
     *
     * @param application the application's name
     * @param stateDirectory where the function packages live, under {@code artifacts}
     * @param monitorDirectory where the first phase's monitor store lives
     * @param functionTimeoutSeconds every function's timeout
     * @param environment further variables for every function, e.g. the example data directory
     * @param gatewayPort the gateway's port, 0 for any free one
     * @param gatewayConcurrency how many root requests the gateway forwards at once
     */
    public record Options(String application, Path stateDirectory, Path monitorDirectory, int functionTimeoutSeconds,
            Map<String, String> environment, int gatewayPort, int gatewayConcurrency) {

        /** Checks the parts and freezes the environment. */
        public Options {
            Objects.requireNonNull(application, "application must not be null");
            Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
            Objects.requireNonNull(monitorDirectory, "monitorDirectory must not be null");
            environment = Map.copyOf(environment);
        }
    }
}
