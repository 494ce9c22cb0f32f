package io.fusionize.deploy.loop;

/** Opens the platform a loop's options name. */
final class PlatformConnections {

    private PlatformConnections() {
    }

    static PlatformConnection open(LoopOptions options) {
        if (options.platformUrl() != null) {
            return PlatformConnection.remote(options.platformUrl(), options.platformToken());
        }
        return EmbeddedPlatform.start(options.stateDirectory().resolve("platform"));
    }
}
