package io.fusionize.experiment.run;

import java.util.Objects;

import io.fusionize.core.setup.Setup;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.SetupStatistics;

/**
 * One setup measured on the testbed: the report's view of it and the monitor's.
 *
 * @param run what the report shows
 * @param setup the setup, under the version it was deployed as
 * @param statistics what the monitor measured for that version
 * @param oversubscribedInvocations invocations that ran while CPU quotas exceeded the machine's cores
 */
public record Measurement(SetupRun run, Setup setup, SetupStatistics statistics, long oversubscribedInvocations) {

    /** Checks the parts. */
    public Measurement {
        Objects.requireNonNull(run, "run must not be null");
        Objects.requireNonNull(setup, "setup must not be null");
        Objects.requireNonNull(statistics, "statistics must not be null");
    }
}
