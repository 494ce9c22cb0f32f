package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import java.util.function.IntFunction;

/**
 * Where a {@link RoundEngine}'s setups serve and are measured: the live gateway of
 * {@code fusionize run}, or an experiment that measures every setup under a workload of its own.
 */
public interface SetupStage {

    /**
     * Deploys a setup and makes it serve; its round's measurement starts, or, for a stage that
     * measures while deploying, is done.
     *
     * @param setup the setup to deploy
     * @return the setup under the version it serves as
     * @throws InterruptedException when interrupted while measuring
     */
    Setup deploy(Setup setup) throws InterruptedException;

    /**
     * Makes a setup deployed before serve again, after a rollback or on convergence.
     *
     * @param setup the setup, under its version
     */
    void serveAgain(Setup setup);

    /** @return the statistics measured so far, by setup version */
    IntFunction<SetupStatistics> measurements();
}
