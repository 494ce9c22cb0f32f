package io.fusionize.experiment.run;

import java.time.Duration;
import java.util.Objects;

import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.ReportFiles;

/**
 * A finished experiment: what it measured, where its report is, and how long it took.
 *
 * @param result everything measured
 * @param files the report's files
 * @param trajectory the optimizer's path
 * @param took the experiment's wall-clock time
 */
public record ExperimentOutcome(ExperimentResult result, ReportFiles files, Trajectory trajectory, Duration took) {

    /** Checks the parts. */
    public ExperimentOutcome {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(files, "files must not be null");
        Objects.requireNonNull(trajectory, "trajectory must not be null");
        Objects.requireNonNull(took, "took must not be null");
    }
}
