package io.fusionize.experiment.report;

import java.util.Objects;

/**
 * One step of the optimizer's trajectory: the setup deployed in a round and how it measured.
 *
 * @param round the round, from 1
 * @param setup the setup in compact text form
 * @param latencyP50Ms the median latency, in ms
 * @param costPer1kUsd the cost per 1,000 root requests, in US$
 */
public record OptimizerRound(int round, String setup, double latencyP50Ms, double costPer1kUsd) {

    /** Checks the round number and setup. */
    public OptimizerRound {
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1, was " + round);
        }
        Objects.requireNonNull(setup, "setup must not be null");
    }

    /**
     * @param round the round, from 1
     * @param run the round's measured run
     * @return the round as the run measured it
     */
    public static OptimizerRound of(int round, SetupRun run) {
        return new OptimizerRound(round, run.setup(), run.latency().p50(), run.costPer1kUsd());
    }
}
