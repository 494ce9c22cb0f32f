package io.fusionize.experiment.report;

import java.util.Objects;

/**
 * One step of the optimizer's trajectory: the setup deployed in a round and how it measured.
 *
 * @param round the round, from 1
 * @param setup the setup in compact text form
 * @param latencyP50Ms the median latency, in ms
 * @param costPer1kUsd the cost per 1,000 root requests, in US$
 * @param remeasured whether this measurement was set aside because the machine saturated during
 *     it, and the round's setup measured again for the optimizer's decision
 */
public record OptimizerRound(int round, String setup, double latencyP50Ms, double costPer1kUsd, boolean remeasured) {

    /** Checks the round number and setup. */
    public OptimizerRound {
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1, was " + round);
        }
        Objects.requireNonNull(setup, "setup must not be null");
    }

    /**
     * A round measured once, or the measurement a re-measured round decided on.
     *
     * @param round the round, from 1
     * @param setup the setup in compact text form
     * @param latencyP50Ms the median latency, in ms
     * @param costPer1kUsd the cost per 1,000 root requests, in US$
     */
    public OptimizerRound(int round, String setup, double latencyP50Ms, double costPer1kUsd) {
        this(round, setup, latencyP50Ms, costPer1kUsd, false);
    }

    /**
     * @param round the round, from 1
     * @param run the round's measured run
     * @return the round as the run measured it
     */
    public static OptimizerRound of(int round, SetupRun run) {
        return new OptimizerRound(round, run.setup(), run.latency().p50(), run.costPer1kUsd());
    }

    /**
     * @param round the round, from 1
     * @param run a measurement of the round during which the machine saturated
     * @return that measurement, marked as set aside for a second one
     */
    public static OptimizerRound remeasured(int round, SetupRun run) {
        return new OptimizerRound(round, run.setup(), run.latency().p50(), run.costPer1kUsd(), true);
    }
}
