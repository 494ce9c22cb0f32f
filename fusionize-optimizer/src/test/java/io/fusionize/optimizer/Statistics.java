package io.fusionize.optimizer;

import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.util.List;

/** Builds small statistics by hand for tests. */
final class Statistics {

    private Statistics() {
    }

    static DurationSummary latency(double ms) {
        return new DurationSummary(100, ms, ms, ms, ms, ms);
    }

    static FunctionStatistics function(String entry, int memoryMb, double billedMs) {
        return new FunctionStatistics(entry, "app-" + entry, memoryMb, 100, 0, 0, 0, 0, 0, latency(billedMs),
                billedMs, 64, billedMs * memoryMb * 1e-8);
    }

    static SetupStatistics setup(int version, double clientMs, double rootMs, double costPer1000, double errorRatio) {
        DurationSummary client = clientMs < 0 ? DurationSummary.empty() : latency(clientMs);
        return new SetupStatistics("app", version, 100, client, latency(rootMs), costPer1000, 0, errorRatio, 0,
                List.of(), List.of(function("A", 512, rootMs)));
    }
}
