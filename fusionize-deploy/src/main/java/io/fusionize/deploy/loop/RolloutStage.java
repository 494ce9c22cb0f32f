package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.SetupStatistics;
import java.util.function.IntFunction;

/**
 * The stage of {@code fusionize run}: setups serve the gateway's live requests, each switch goes
 * through the {@link Rollout}, and the monitor measures whatever requests arrive.
 */
final class RolloutStage implements SetupStage {

    private final Rollout rollout;
    private final MeasurementStack stack;

    /**
     * @param rollout deploys, switches and retires versions
     * @param stack the monitor that measures them
     */
    RolloutStage(Rollout rollout, MeasurementStack stack) {
        this.rollout = rollout;
        this.stack = stack;
    }

    @Override
    public Setup deploy(Setup setup) {
        rollout.deployAndSwitch(setup);
        return setup;
    }

    @Override
    public void serveAgain(Setup setup) {
        rollout.deployAndSwitch(setup);
    }

    @Override
    public IntFunction<SetupStatistics> measurements() {
        // Rows still buffered belong to the round being decided.
        stack.monitor().flush();
        return stack::statistics;
    }
}
