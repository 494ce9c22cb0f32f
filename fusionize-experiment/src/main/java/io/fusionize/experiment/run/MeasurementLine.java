package io.fusionize.experiment.run;

import java.util.Locale;

import io.fusionize.experiment.report.SetupRun;

/** Says in one log line what a measurement found. */
final class MeasurementLine {

    private MeasurementLine() {
    }

    /**
     * @param measured a measurement
     * @return its latency, cost, cold starts, invocations, failures and machine CPU, on one line
     */
    static String of(Measurement measured) {
        SetupRun run = measured.run();
        return String.format(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms, $%.4f per 1k requests, %d cold starts, "
                + "%.2f invocations per request, %d of %d failed, CPU %s", run.name(), run.latency().p50(),
                run.latency().p99(), run.costPer1kUsd(), run.coldStarts(), run.invocationsPerRequest(), run.failed(),
                run.requests(), run.cpu().measured() ? String.format(Locale.ROOT, "%.0f %%", run.cpu().mean() * 100)
                        : "not measured");
    }
}
