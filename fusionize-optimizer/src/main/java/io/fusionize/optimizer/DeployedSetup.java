package io.fusionize.optimizer;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import java.util.Objects;

/**
 * One setup that was deployed, what the monitor measured for it, and whether it was marked bad
 * (rolled back after timeouts, out-of-memory errors or a higher error ratio).
 *
 * @param setup the setup
 * @param statistics its measurements; {@link SetupStatistics#empty} when nothing was measured
 * @param bad whether it was marked bad; an optimizer never proposes it again
 */
public record DeployedSetup(Setup setup, SetupStatistics statistics, boolean bad) {

    /** Checks the parts. */
    public DeployedSetup {
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(statistics, "statistics must not be null");
        if (!setup.application().equals(statistics.application())) {
            throw new IllegalArgumentException("statistics of application " + statistics.application()
                    + " do not belong to a setup of " + setup.application());
        }
    }

    /**
     * @param setup the setup
     * @param statistics its measurements
     * @return a setup that ran fine
     */
    public static DeployedSetup measured(Setup setup, SetupStatistics statistics) {
        return new DeployedSetup(setup, statistics, false);
    }

    /** @return this entry marked bad */
    public DeployedSetup markedBad() {
        return new DeployedSetup(setup, statistics, true);
    }
}
