package io.fusionize.deploy.loop;

import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.SetupScore;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@code fusionize status} shows: the round, the version serving now, its setup and its last
 * statistics.
 *
 * @param state the loop's state
 * @param currentStatistics the statistics of the version serving now
 */
public record LoopStatus(LoopState state, SetupStatistics currentStatistics) {

    /** Checks the parts. */
    public LoopStatus {
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(currentStatistics, "statistics must not be null");
    }

    /** @return the status as lines of text */
    public String format() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("application: ").append(state.application()).append(nl);
        text.append("round: ").append(state.round()).append(nl);
        if (state.currentVersion() == 0) {
            return text.append("no setup deployed yet").append(nl).toString();
        }
        text.append("current version: v").append(state.currentVersion()).append(nl);
        text.append("setup: ").append(SetupText.format(state.current().setup())).append(nl);
        text.append("exploration: ").append(state.converged()
                ? "converged (" + state.convergedReason() + ")" : "in progress").append(nl);
        text.append("last statistics: ").append(describe(currentStatistics)).append(nl);
        text.append("setups deployed: ").append(state.entries().size()).append(", marked bad: ")
                .append(state.entries().stream().filter(LoopEntry::bad).count()).append(nl);
        return text.toString();
    }

    /**
     * @param statistics a version's statistics
     * @return them in one line; with several entry tasks, each entry's share of the requests and
     *     median follow, the median before them being their traffic-weighted mean
     */
    public static String describe(SetupStatistics statistics) {
        if (statistics.sampleSize() == 0) {
            return "v" + statistics.setupVersion() + ": nothing measured yet";
        }
        return SetupScore.of(statistics) + String.format(Locale.ROOT,
                ", p95 %.1f ms, cold starts %.1f %%", statistics.clientLatency().isEmpty()
                        ? statistics.rootDuration().p95Ms() : statistics.clientLatency().p95Ms(),
                statistics.coldStartRatio() * 100) + perEntry(statistics);
    }

    private static String perEntry(SetupStatistics statistics) {
        if (!statistics.hasSeveralEntries()) {
            return "";
        }
        return statistics.entries().stream().map(e -> String.format(Locale.ROOT, "%s %.0f %% p50 %.1f ms",
                e.entryTask(), e.requestShare() * 100, e.rankedLatency().p50Ms()))
                .collect(Collectors.joining(", ", "; per entry: ", ""));
    }
}
