package io.fusionize.cli.support;

import io.fusionize.cli.options.DashboardOption;
import io.fusionize.cli.options.OtlpOption;
import io.fusionize.dashboard.DashboardSession;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.deploy.loop.TappedPlatform;
import io.fusionize.experiment.run.ExperimentObserver;
import io.fusionize.experiment.run.PlatformStarter;
import io.fusionize.monitor.otel.TelemetrySpanFeed;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What watches a long-running command besides its console: the dashboard and the span export,
 * each when asked for. Commands pass their platform through {@link #watch} and close it last.
 */
public final class Observation implements AutoCloseable {

    private final Optional<DashboardSession> dashboard;
    private final Optional<TelemetrySpanFeed> spans;

    private Observation(Optional<DashboardSession> dashboard, Optional<TelemetrySpanFeed> spans) {
        this.dashboard = dashboard;
        this.spans = spans;
    }

    /**
     * @param dashboardOption whether and where to serve the dashboard
     * @param otlpOption whether and where to export spans
     * @param subject what the dashboard shows
     * @param say receives where each one is
     * @return what was asked for, started
     */
    public static Observation open(DashboardOption dashboardOption, OtlpOption otlpOption,
            DashboardSession.Options subject, Consumer<String> say) {
        Optional<TelemetrySpanFeed> spans = otlpOption.open(say);
        try {
            return new Observation(dashboardOption.start(subject, say), spans);
        } catch (RuntimeException e) {
            spans.ifPresent(TelemetrySpanFeed::close);
            throw e;
        }
    }

    /**
     * @param platform the platform the command runs on
     * @return it, its telemetry also reaching the span export and the dashboard
     */
    public PlatformConnection watch(PlatformConnection platform) {
        PlatformConnection watched = spans.map(feed -> TappedPlatform.of(platform, OtlpOption.tap(feed)))
                .orElse(platform);
        return dashboard.map(session -> session.watch(watched)).orElse(watched);
    }

    /**
     * @param starter starts an experiment's platform
     * @return a starter whose platforms are {@link #watch watched}
     */
    public PlatformStarter watching(PlatformStarter starter) {
        return (stateDirectory, settings) -> watch(starter.start(stateDirectory, settings));
    }

    /** @param loop a started control loop for the dashboard to follow */
    public void follow(ControlLoop loop) {
        dashboard.ifPresent(session -> session.follow(loop));
    }

    /** @return what follows an experiment's rounds and blocks */
    public ExperimentObserver experimentObserver() {
        return dashboard.map(DashboardSession::experimentObserver).orElse(ExperimentObserver.NONE);
    }

    /** @param text how the command ended, for the dashboard */
    public void finished(String text) {
        dashboard.ifPresent(session -> session.finished(text));
    }

    /** Flushes the spans and stops the dashboard. */
    @Override
    public void close() {
        spans.ifPresent(TelemetrySpanFeed::close);
        dashboard.ifPresent(DashboardSession::close);
    }
}
