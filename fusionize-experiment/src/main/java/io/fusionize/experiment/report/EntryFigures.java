package io.fusionize.experiment.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.SetupStatistics;

/**
 * One entry task's part of a measured setup, as the monitor saw it: how many root requests started
 * with it, their share, and their median latency at the gateway (the root function's duration when
 * the gateway's latencies could not be matched to the entry).
 *
 * @param entryTask the entry task
 * @param requests the root requests that started with it
 * @param requestShare their share of all root requests, in [0, 1]
 * @param p50Ms their median latency in ms; NaN when none was measured
 */
public record EntryFigures(String entryTask, long requests, double requestShare, double p50Ms) {

    /** Checks the parts. */
    public EntryFigures {
        Objects.requireNonNull(entryTask, "entryTask must not be null");
        if (requests < 0 || !(requestShare >= 0 && requestShare <= 1)) {
            throw new IllegalArgumentException("requests must not be negative and requestShare must lie in [0, 1], "
                    + "were " + requests + " and " + requestShare);
        }
    }

    /**
     * @param statistics what the monitor measured for a setup
     * @return each entry's figures when root requests started with several entry tasks; empty
     *     otherwise, so that a single-entry report stays as it was
     */
    public static List<EntryFigures> of(SetupStatistics statistics) {
        if (!statistics.hasSeveralEntries()) {
            return List.of();
        }
        return statistics.entries().stream().map(EntryFigures::of).toList();
    }

    private static EntryFigures of(EntryStatistics entry) {
        double p50 = entry.rankedLatency().isEmpty() ? Double.NaN : entry.rankedLatency().p50Ms();
        return new EntryFigures(entry.entryTask(), entry.rootRequests(), entry.requestShare(), p50);
    }

    /**
     * Pools the entries of several blocks of one setup. Requests add up and shares follow from
     * them. The monitor keeps each block's medians, not its latencies, so an entry's pooled median
     * is the mean of its blocks' medians weighted by their requests.
     *
     * @param blocks each block's entry figures
     * @return the pooled figures, in order of first appearance
     */
    public static List<EntryFigures> pool(List<List<EntryFigures>> blocks) {
        Map<String, List<EntryFigures>> byEntry = new LinkedHashMap<>();
        blocks.forEach(block -> block.forEach(e -> byEntry.computeIfAbsent(e.entryTask(), k -> new ArrayList<>())
                .add(e)));
        long total = byEntry.values().stream().flatMap(List::stream).mapToLong(EntryFigures::requests).sum();
        return byEntry.entrySet().stream().map(e -> pooled(e.getKey(), e.getValue(), total)).toList();
    }

    private static EntryFigures pooled(String entry, List<EntryFigures> parts, long total) {
        long requests = parts.stream().mapToLong(EntryFigures::requests).sum();
        List<EntryFigures> measured = parts.stream().filter(p -> !Double.isNaN(p.p50Ms()) && p.requests() > 0)
                .toList();
        long weight = measured.stream().mapToLong(EntryFigures::requests).sum();
        double p50 = weight == 0 ? Double.NaN
                : measured.stream().mapToDouble(p -> p.p50Ms() * p.requests()).sum() / weight;
        return new EntryFigures(entry, requests, total == 0 ? 0 : (double) requests / total, p50);
    }
}
