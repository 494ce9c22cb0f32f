package io.fusionize.experiment.run;

import java.util.Objects;

import io.fusionize.experiment.report.BlockRun;

/**
 * One block of a compared setup: the setup deployed fresh, warmed up and measured once.
 *
 * @param block the block's number among its setup's blocks, from 1
 * @param measurement what it measured
 */
public record MeasuredBlock(int block, Measurement measurement) {

    /** Checks the parts. */
    public MeasuredBlock {
        Objects.requireNonNull(measurement, "measurement must not be null");
        if (block < 1) {
            throw new IllegalArgumentException("block must be at least 1, was " + block);
        }
    }

    /** @return the name of the setup the block measured */
    public String setupName() {
        return measurement.run().name();
    }

    /** @return the block as the report shows it */
    public BlockRun toReport() {
        return new BlockRun(block, measurement.run(), costedRequests());
    }

    // Cost and invocations per request are means over the root requests the monitor joined.
    private long costedRequests() {
        long joined = measurement.statistics().sampleSize();
        return joined > 0 ? joined : measurement.run().requests();
    }
}
