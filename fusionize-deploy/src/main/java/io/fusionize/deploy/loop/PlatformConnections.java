package io.fusionize.deploy.loop;

import io.fusionize.platform.PlatformSettings;
import java.util.Objects;
import java.util.function.Consumer;

/** Opens the platform a loop's options name: the running one they give, or an embedded one. */
public final class PlatformConnections {

    /** Where, inside the loop's state directory, an embedded platform keeps its own state. */
    public static final String EMBEDDED_STATE = "platform";

    private PlatformConnections() {
    }

    /**
     * Connects to the platform the options give, or starts an embedded one in
     * {@code STATE/platform} on any free port.
     *
     * @param options how the loop runs
     * @param say receives what a started platform says about itself, one line each
     * @return the connection; closing it stops an embedded platform
     * @throws IllegalStateException when the embedded platform cannot start, e.g. because another
     *     process uses its state directory
     */
    public static PlatformConnection open(LoopOptions options, Consumer<String> say) {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(say, "say must not be null");
        if (options.platformUrl() != null) {
            return PlatformConnection.remote(options.platformUrl(), options.platformToken());
        }
        // An embedded platform bills with the architecture's prices; a remote one keeps its own.
        EmbeddedPlatform embedded = EmbeddedPlatform.start(options.stateDirectory().resolve(EMBEDDED_STATE),
                PlatformSettings.defaults().toBuilder().priceTable(options.prices()).build());
        try {
            embedded.startupSummary().forEach(say);
            return embedded;
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }
}
