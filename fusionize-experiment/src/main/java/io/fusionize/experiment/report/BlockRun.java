package io.fusionize.experiment.report;

import java.util.Objects;

/**
 * One block of a compared setup's measurement: the setup deployed fresh, warmed up and measured
 * once. A setup measured in repetitions has several blocks, numbered from 1.
 *
 * @param block the block's number among its setup's blocks, from 1
 * @param run what the block measured; its name is the setup's
 * @param costedRequests the root requests that the block's cost and invocations per request are
 *     averages over: those the monitor joined
 */
public record BlockRun(int block, SetupRun run, long costedRequests) {

    /** Checks the parts. */
    public BlockRun {
        Objects.requireNonNull(run, "run must not be null");
        if (block < 1) {
            throw new IllegalArgumentException("block must be at least 1, was " + block);
        }
        if (costedRequests < 0) {
            throw new IllegalArgumentException("costedRequests must not be negative, was " + costedRequests);
        }
    }

    /** @return the name of the setup the block measured */
    public String setupName() {
        return run.name();
    }
}
