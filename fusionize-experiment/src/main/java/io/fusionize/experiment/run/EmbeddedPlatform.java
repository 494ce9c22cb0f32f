package io.fusionize.experiment.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.dto.WireJson;

/** The local platform, started in this process on a free loopback port, as experiments use it. */
public final class EmbeddedPlatform implements PlatformConnection {

    private final LocalPlatform platform;

    private EmbeddedPlatform(LocalPlatform platform) {
        this.platform = platform;
    }

    /**
     * Starts a platform; this is a {@link PlatformStarter}.
     *
     * @param stateDirectory where it keeps its state
     * @param settings how it behaves
     * @return the running platform
     */
    public static EmbeddedPlatform start(Path stateDirectory, PlatformSettings settings) {
        Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        return new EmbeddedPlatform(LocalPlatform.builder().stateDir(stateDirectory).port(0).settings(settings)
                .build().start());
    }

    @Override
    public URI uri() {
        return platform.uri();
    }

    @Override
    public String token() {
        return platform.token();
    }

    @Override
    public boolean subscribe(Consumer<String> reportJson, Consumer<String> logLine) {
        platform.addReportListener(report -> reportJson.accept(json(report)));
        platform.addLogListener((function, version, requestId, line) -> logLine.accept(line));
        return true;
    }

    /** @return what the platform says about itself at start, one line each */
    public List<String> startupSummary() {
        return platform.startupSummary();
    }

    @Override
    public void close() {
        platform.close();
    }

    private static String json(Object report) {
        try {
            return WireJson.reportMapper().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an invocation report as JSON", e);
        }
    }
}
