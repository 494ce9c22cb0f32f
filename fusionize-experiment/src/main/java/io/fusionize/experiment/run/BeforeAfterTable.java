package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import io.fusionize.experiment.report.EntryFigures;
import io.fusionize.experiment.report.ExperimentResult;
import io.fusionize.experiment.report.LatencySummary;
import io.fusionize.experiment.report.PercentChange;
import io.fusionize.experiment.report.SetupRun;

/**
 * The demo's before/after table: all-remote, optimized and all-local side by side, with latency
 * percentiles, cost per 1,000 requests, invocations per request and the change against all-remote.
 * When root requests started with several entry tasks, each setup's row is followed by one line
 * per entry with its share of the requests and its median latency at the gateway.
 */
public final class BeforeAfterTable {

    private static final String FORMAT = "%-11s %9s %9s %9s %12s %10s %8s %10s %10s%n";
    private static final String ENTRY_FORMAT = "  entry %-8s %9s %5.0f %% of requests%n";

    private BeforeAfterTable() {
    }

    /**
     * @param result a finished experiment
     * @return the table as fixed-width text, one line per setup after a header
     */
    public static String render(ExperimentResult result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, FORMAT, "setup", "p50 ms", "p95 ms",
                "p99 ms", "US$ / 1k", "inv / req", "failed", "p50 vs", "cost vs"));
        text.append(String.format(Locale.ROOT, FORMAT, "", "", "", "", "requests", "", "", "remote", "remote"));
        for (SetupRun run : shown(result)) {
            text.append(row(run, result.baseline()));
            run.entries().forEach(entry -> text.append(entryRow(entry)));
        }
        return text.toString();
    }

    private static List<SetupRun> shown(ExperimentResult result) {
        List<SetupRun> runs = new ArrayList<>();
        for (String name : List.of(SetupRun.ALL_REMOTE, SetupRun.OPTIMIZED, SetupRun.ALL_LOCAL)) {
            result.run(name).ifPresent(runs::add);
        }
        return runs;
    }

    private static String row(SetupRun run, Optional<SetupRun> baseline) {
        LatencySummary latency = run.latency();
        OptionalDouble latencyChange = baseline.map(b -> PercentChange.between(b.latency().p50(), latency.p50()))
                .orElse(OptionalDouble.empty());
        OptionalDouble costChange = baseline.map(b -> PercentChange.between(b.costPer1kUsd(), run.costPer1kUsd()))
                .orElse(OptionalDouble.empty());
        return String.format(Locale.ROOT, FORMAT, run.name(), millis(latency.p50()), millis(latency.p95()),
                millis(latency.p99()), String.format(Locale.ROOT, "%.4f", run.costPer1kUsd()),
                String.format(Locale.ROOT, "%.2f", run.invocationsPerRequest()), run.failed() + "/" + run.requests(),
                PercentChange.format(latencyChange), PercentChange.format(costChange));
    }

    private static String entryRow(EntryFigures entry) {
        return String.format(Locale.ROOT, ENTRY_FORMAT, entry.entryTask(), millis(entry.p50Ms()),
                entry.requestShare() * 100);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }
}
