package io.fusionize.dashboard;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.deploy.loop.TappedPlatform;
import io.fusionize.deploy.loop.TelemetryTap;
import io.fusionize.experiment.run.ExperimentObserver;
import io.fusionize.experiment.run.PlatformStarter;
import io.fusionize.protocol.fusion.FunctionNaming;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A dashboard for one command: the page's server, what it shows, and the taps and followers that
 * keep that up to date. It also keeps the latest snapshot in a file, so that
 * {@code fusionize dashboard --state DIR} shows the run after it ended.
 *
 * <pre>{@code
 * try (DashboardSession dashboard = DashboardSession.start(new DashboardSession.Options("iot",
 *         DashboardModel.MODE_RUN, "fusionize", sizes, 8090, state.resolve(SnapshotFile.NAME)))) {
 *     ControlLoop loop = ControlLoop.start(options, dashboard.watch(platform), optimizer, out);
 *     dashboard.follow(loop);
 * }
 * }</pre>
 */
public final class DashboardSession implements AutoCloseable {

    private final DashboardModel model;
    private final Forecasts forecasts;
    private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("fusionize-dashboard"));
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(
            daemon("fusionize-dashboard-save"));
    private final SnapshotFile file;
    private final DashboardServer server;

    private DashboardSession(Options options) {
        Application application = Applications.find(options.application());
        Set<String> entries = application.entryTasks().stream()
                .map(entry -> FunctionNaming.functionName(application.name(), entry)).collect(Collectors.toSet());
        this.model = new DashboardModel(application, options.mode(), options.optimizer(),
                new LiveWindow(entries, System::currentTimeMillis));
        this.forecasts = new Forecasts(options.memorySizesMb(), options.optimizer());
        this.file = new SnapshotFile(options.snapshotFile());
        this.server = DashboardServer.start(model::snapshotJson, options.port());
        saver.scheduleWithFixedDelay(this::save, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Starts the page's server on loopback.
     *
     * @param options what it shows and where
     * @return the running session
     */
    public static DashboardSession start(Options options) {
        return new DashboardSession(Objects.requireNonNull(options, "options must not be null"));
    }

    /** @return the page's address */
    public URI uri() {
        return server.uri();
    }

    /** @return what the page shows */
    public DashboardModel model() {
        return model;
    }

    /** @return a tap that feeds the live figures with the platform's reports */
    public TelemetryTap tap() {
        return new TelemetryTap() {
            @Override
            public void report(String json) {
                model.live().acceptJson(json);
            }
        };
    }

    /**
     * @param platform the platform the command runs on
     * @return it, with its reports feeding the live figures and its instances counted
     */
    public PlatformConnection watch(PlatformConnection platform) {
        model.instances(platform::liveInstances);
        return TappedPlatform.of(platform, tap());
    }

    /**
     * @param starter starts an experiment's platform
     * @return a starter whose platforms are {@link #watch watched}
     */
    public PlatformStarter watching(PlatformStarter starter) {
        return (stateDirectory, settings) -> watch(starter.start(stateDirectory, settings));
    }

    /** @param loop a started control loop to show from now on */
    public void follow(ControlLoop loop) {
        LoopFollower.follow(loop, model, forecasts, background);
    }

    /** @return an observer that shows an experiment's rounds and blocks */
    public ExperimentObserver experimentObserver() {
        return new ExperimentFollower(model, forecasts, background);
    }

    /** @param text how the command ended, shown on the page */
    public void finished(String text) {
        model.finished(text);
        save();
    }

    /** Stops the server after saving the last snapshot. */
    @Override
    public void close() {
        saver.shutdownNow();
        background.shutdownNow();
        save();
        server.close();
    }

    private void save() {
        file.saveIfChanged(model);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * What a session shows and where.
     *
     * @param application the application's name
     * @param mode {@link DashboardModel#MODE_RUN} or {@link DashboardModel#MODE_EXPERIMENT}
     * @param optimizer the optimizer's name
     * @param memorySizesMb the memory sizes it tries
     * @param port the page's port, 0 for any free one
     * @param snapshotFile where the latest snapshot is kept
     */
    public record Options(String application, String mode, String optimizer, List<Integer> memorySizesMb, int port,
            Path snapshotFile) {

        /** Checks the parts and freezes the sizes. */
        public Options {
            Objects.requireNonNull(application, "application must not be null");
            Objects.requireNonNull(mode, "mode must not be null");
            Objects.requireNonNull(optimizer, "optimizer must not be null");
            Objects.requireNonNull(snapshotFile, "snapshotFile must not be null");
            memorySizesMb = List.copyOf(memorySizesMb);
        }
    }
}
