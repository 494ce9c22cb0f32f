package io.fusionize.platform;

import io.fusionize.platform.internal.api.PlatformHttpApi;
import io.fusionize.platform.internal.api.RuntimeApiServer;
import io.fusionize.platform.internal.async.AsyncEventQueue;
import io.fusionize.platform.internal.instance.InstanceLauncher;
import io.fusionize.platform.internal.instance.InstanceManager;
import io.fusionize.platform.internal.instance.RuntimeEndpoints;
import io.fusionize.platform.internal.invoke.EventInvocations;
import io.fusionize.platform.internal.invoke.InvocationService;
import io.fusionize.platform.internal.report.LogRouter;
import io.fusionize.platform.internal.report.ReportPublisher;
import io.fusionize.platform.internal.report.TelemetryBuffer;
import io.fusionize.platform.internal.resources.Cgroups;
import io.fusionize.platform.internal.resources.OversubscriptionTracker;
import io.fusionize.platform.internal.security.BearerAuthenticator;
import io.fusionize.platform.internal.security.TokenStore;
import io.fusionize.platform.internal.state.AliasControl;
import io.fusionize.platform.internal.state.CodeStore;
import io.fusionize.platform.internal.state.ControlPlane;
import io.fusionize.platform.internal.state.FunctionNames;
import io.fusionize.platform.internal.state.FunctionRegistry;
import io.fusionize.platform.internal.state.StateDirectoryLock;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The local Lambda-compatible platform, embeddable from Java.
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.builder().stateDir(dir).port(0).build().start()) {
 *     platform.addReportListener(report -> ...);
 *     // point an AWS SDK LambdaClient at platform.uri(), with platform.token() as bearer token
 * }
 * }</pre>
 *
 * <p>Its state directory holds the token, the functions, their unpacked code, the async queue,
 * {@code reports.jsonl} and one log file per function. A platform restarted on the same directory
 * knows the same functions and delivers the events still queued.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final Path stateDir;
    private final String host;
    private final int port;
    private final PlatformSettings settings;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private String token;
    private ResourceEnforcement enforcement;
    private ControlPlane functions;
    private AliasControl aliases;
    private InstanceManager instances;
    private InvocationService invocations;
    private AsyncEventQueue events;
    private ReportPublisher reports;
    private LogRouter logs;
    private PlatformHttpApi api;
    private boolean started;

    private LocalPlatform(Builder builder) {
        this.stateDir = builder.stateDir.toAbsolutePath().normalize();
        this.host = builder.host;
        this.port = builder.port;
        this.settings = builder.settings;
    }

    /** @return a builder with state in {@code ./state}, loopback, port 9000 and default settings */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts every part: the Runtime API for instances, the async queue and the public API.
     *
     * @return this platform
     * @throws IllegalStateException if it was started before
     * @throws UncheckedIOException if the state directory or a port cannot be used
     */
    public synchronized LocalPlatform start() {
        if (started) {
            throw new IllegalStateException("the platform was started already");
        }
        started = true;
        try {
            startParts();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        return this;
    }

    private void startParts() {
        createStateDir();
        own(StateDirectoryLock.acquire(stateDir, StateLayout.PLATFORM_LOCK_FILE, "platform"));
        token = TokenStore.loadOrCreate(stateDir);
        FunctionRegistry registry = new FunctionRegistry(stateDir.resolve(StateLayout.FUNCTIONS_DIR));
        CodeStore codeStore = new CodeStore(stateDir.resolve(StateLayout.CODE_DIR));
        FunctionNames names = new FunctionNames(settings.region());
        functions = new ControlPlane(registry, codeStore, names);
        aliases = new AliasControl(registry, codeStore, names);
        Cgroups cgroups = own(Cgroups.detect(settings.enforceCpu(), settings.enforceMemory()));
        enforcement = cgroups.enforcement();
        ScheduledThreadPoolExecutor scheduler = scheduler();
        logs = own(new LogRouter(stateDir.resolve(StateLayout.LOGS_DIR)));
        reports = own(new ReportPublisher(stateDir.resolve(StateLayout.REPORTS_FILE)));
        TelemetryBuffer telemetry = new TelemetryBuffer(TelemetryBuffer.DEFAULT_CAPACITY);
        reports.addListener(telemetry::report);
        logs.addListener(telemetry::log);
        scheduler.scheduleWithFixedDelay(logs::flush, 1, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(reports::flush, 200, 200, TimeUnit.MILLISECONDS);
        RuntimeApiServer[] runtimeApi = new RuntimeApiServer[1];
        InstanceLauncher launcher = InstanceLauncher.create(javaExecutable(), stateDir, settings,
                instanceId -> runtimeApi[0].endpointOf(instanceId), functions::codeDirectory, trainer());
        instances = own(new InstanceManager(settings, launcher, cgroups,
                new OversubscriptionTracker(Runtime.getRuntime().availableProcessors()), scheduler, logs));
        registry.onRetired(instances::retire);
        runtimeApi[0] = own(new RuntimeApiServer(new RuntimeEndpoints(instances)));
        runtimeApi[0].start();
        invocations = new InvocationService(registry, names, instances, reports, logs, settings, enforcement);
        events = own(new AsyncEventQueue(stateDir.resolve(StateLayout.ASYNC_DIR), settings.async(),
                new EventInvocations(registry, invocations)));
        invocations.useEventQueue(events::accept);
        api = own(new PlatformHttpApi(host, port, functions, aliases, invocations, new BearerAuthenticator(token),
                settings.invokeAccess(), telemetry));
        own(telemetry); // closed before the API, so waiting readers are answered before it stops
        api.start();
        events.start();
    }

    /** Class-data-sharing archives are trained on one background thread, stopped with the platform. */
    private ExecutorService trainer() {
        ExecutorService trainer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fz-cds-training");
            thread.setDaemon(true);
            return thread;
        });
        own(trainer::shutdownNow);
        return trainer;
    }

    private ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "fz-platform-timer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        own(scheduler::shutdownNow);
        return scheduler;
    }

    private <T extends AutoCloseable> T own(T resource) {
        resources.push(resource);
        return resource;
    }

    private void createStateDir() {
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + stateDir + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** @return the base URI of the public API, e.g. {@code http://127.0.0.1:9000} */
    public URI uri() {
        requireStarted();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + api.port());
    }

    /** @return the bearer token the control plane requires */
    public String token() {
        requireStarted();
        return token;
    }

    /** @return the state directory */
    public Path stateDir() {
        return stateDir;
    }

    /** @return the file that holds the token */
    public Path tokenFile() {
        return StateLayout.tokenFile(stateDir);
    }

    /** @return the settings */
    public PlatformSettings settings() {
        return settings;
    }

    /** @return which resource limits this machine lets the platform enforce */
    public ResourceEnforcement enforcement() {
        requireStarted();
        return enforcement;
    }

    /**
     * @return the function operations, for embedded use without HTTP; an internal type that may
     *     change, so other modules use Lambda's API instead
     */
    public ControlPlane functions() {
        requireStarted();
        return functions;
    }

    /**
     * @return the alias and concurrency operations, for embedded use without HTTP; an internal type
     *     that may change, so other modules use Lambda's API instead
     */
    public AliasControl aliases() {
        requireStarted();
        return aliases;
    }

    /**
     * Invokes a function without HTTP, with the same semantics as the Invoke API.
     *
     * @param request the invocation
     * @return completes with the answer, or exceptionally with a {@link PlatformException}
     * @throws PlatformException for a bad request, a missing function or a too-large payload
     */
    public CompletableFuture<InvokeResult> invoke(InvokeRequest request) {
        requireStarted();
        return invocations.invoke(Objects.requireNonNull(request, "request must not be null"));
    }

    /** @param listener receives every report, in order, on a background thread */
    public void addReportListener(Consumer<InvocationReport> listener) {
        requireStarted();
        reports.addListener(listener);
    }

    /** @param listener a report listener to remove */
    public void removeReportListener(Consumer<InvocationReport> listener) {
        requireStarted();
        reports.removeListener(listener);
    }

    /** @param listener receives every instance log line, on the instance's log thread */
    public void addLogListener(LogListener listener) {
        requireStarted();
        logs.addListener(listener);
    }

    /** @param listener a log listener to remove */
    public void removeLogListener(LogListener listener) {
        requireStarted();
        logs.removeListener(listener);
    }

    /** @return the async events given up on, with their errors, oldest first */
    public List<DeadLetter> deadLetters() {
        requireStarted();
        return events.deadLetters();
    }

    /** @return how many instance processes are alive or starting */
    public int liveInstances() {
        requireStarted();
        return instances.liveInstances();
    }

    /**
     * @param functionName a function
     * @return how many of its instance processes are alive or starting
     */
    public long liveInstances(String functionName) {
        requireStarted();
        return instances.liveInstances(functionName);
    }

    /** @return what a person starting the platform should know, one line each */
    public List<String> startupSummary() {
        requireStarted();
        return StartupSummary.lines(this);
    }

    private void requireStarted() {
        if (api == null) {
            throw new IllegalStateException("the platform is not running; call start() first");
        }
    }

    /** Stops the API, the queue and every instance; queued events stay for the next start. */
    @Override
    public synchronized void close() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                LoggerFactory.getLogger(LocalPlatform.class).warn("Closing failed: {}", e.toString());
            }
        }
        api = null;
    }

    /** Configures a {@link LocalPlatform}. */
    public static final class Builder {
        private Path stateDir = Path.of("state");
        private String host = LOOPBACK;
        private int port = 9000;
        private PlatformSettings settings = PlatformSettings.defaults();

        private Builder() {
        }

        /** @param value the state directory, created if missing @return this builder */
        public Builder stateDir(Path value) {
            stateDir = Objects.requireNonNull(value, "stateDir must not be null");
            return this;
        }

        /** @param value the address to bind, loopback by default @return this builder */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host must not be null");
            return this;
        }

        /** @param value the port, 0 for any free one @return this builder */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, not " + value);
            }
            port = value;
            return this;
        }

        /** @param value the settings @return this builder */
        public Builder settings(PlatformSettings value) {
            settings = Objects.requireNonNull(value, "settings must not be null");
            return this;
        }

        /** @return the platform, not yet started */
        public LocalPlatform build() {
            return new LocalPlatform(this);
        }
    }
}
