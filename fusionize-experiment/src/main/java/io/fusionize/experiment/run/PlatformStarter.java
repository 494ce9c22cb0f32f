package io.fusionize.experiment.run;

import java.nio.file.Path;

import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.platform.PlatformSettings;

/** Starts the platform an experiment runs on. */
@FunctionalInterface
public interface PlatformStarter {

    /**
     * @param stateDirectory where the platform keeps its state
     * @param settings how it behaves
     * @return a running platform that delivers its telemetry to subscribers
     */
    PlatformConnection start(Path stateDirectory, PlatformSettings settings);
}
