package io.fusionize.experiment.run;

import io.fusionize.deploy.loop.Decision;
import io.fusionize.deploy.loop.LoopState;

/**
 * Follows an experiment while it runs, e.g. to show it on a dashboard: every optimizer round's
 * measurement and decision, then every block of the compared setups. Calls come from the
 * experiment's thread, so an observer returns quickly.
 */
public interface ExperimentObserver {

    /** An observer that ignores everything. */
    ExperimentObserver NONE = new ExperimentObserver() {
    };

    /**
     * An optimizer round's setup was measured.
     *
     * @param round the round, from 1
     * @param measurement what was measured
     */
    default void roundMeasured(int round, Measurement measurement) {
        // observers pick what they show
    }

    /**
     * A round was decided, before the decision is carried out.
     *
     * @param state the rounds' state the decision was taken in
     * @param decision the decision
     */
    default void decided(LoopState state, Decision decision) {
        // observers pick what they show
    }

    /**
     * A block of a compared setup was measured.
     *
     * @param block the block
     */
    default void blockMeasured(MeasuredBlock block) {
        // observers pick what they show
    }
}
