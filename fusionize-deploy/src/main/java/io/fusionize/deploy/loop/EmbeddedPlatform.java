package io.fusionize.deploy.loop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.protocol.json.ProtocolJson;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A local platform started inside this process on a free loopback port, with its telemetry
 * delivered in-process. The control loop and experiments both run on it.
 *
 * <pre>{@code
 * try (EmbeddedPlatform platform = EmbeddedPlatform.start(state, PlatformSettings.defaults())) {
 *     URI api = platform.uri();
 * }
 * }</pre>
 */
public final class EmbeddedPlatform implements PlatformConnection {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlatform.class);

    private final LocalPlatform platform;

    EmbeddedPlatform(LocalPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform must not be null");
    }

    /**
     * Starts a platform with the default settings.
     *
     * @param stateDirectory where it keeps its state
     * @return the running platform
     */
    public static EmbeddedPlatform start(Path stateDirectory) {
        return start(stateDirectory, PlatformSettings.defaults());
    }

    /**
     * Starts a platform with the given settings; this fits experiments' platform starters.
     *
     * @param stateDirectory where it keeps its state
     * @param settings how it behaves
     * @return the running platform
     */
    public static EmbeddedPlatform start(Path stateDirectory, PlatformSettings settings) {
        Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        LocalPlatform platform = LocalPlatform.builder().stateDir(stateDirectory).port(0).settings(settings).build();
        platform.start();
        return new EmbeddedPlatform(platform);
    }

    /** @return what the started platform says about itself, one line each */
    public List<String> startupSummary() {
        return platform.startupSummary();
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
        platform.addReportListener(report -> {
            try {
                reportJson.accept(ProtocolJson.mapper().writeValueAsString(report));
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.warn("cannot pass on a platform report: " + e, e);
            }
        });
        platform.addLogListener((function, version, requestId, line) -> logLine.accept(line));
        return true;
    }

    @Override
    public OptionalLong liveInstances(String functionName) {
        return OptionalLong.of(platform.liveInstances(functionName));
    }

    @Override
    public void close() {
        platform.close();
    }
}
